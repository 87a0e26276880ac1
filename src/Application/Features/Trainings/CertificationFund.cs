using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Trainings;

/// <summary>
/// W9, DOMAIN 1.22: the free certification allowance. An unpaid training with a result takes ONE unit
/// (<see cref="Training.CertificationUnitMinor"/>, 1.00 of the fund's currency) from the Certification fund of the
/// partner's active partnership, opened on demand, as a CertificationDebit whose source is the training. Automatic, so
/// it never overdraws (D8): 409 <c>insufficient_funds</c>, the vendor credits the fund first to grant free places.
/// </summary>
public sealed class CertificationFund(IApplicationDbContext db, FundLedger ledger)
{
    /// <summary>The ledger's source type of a training's entries.</summary>
    public const string SourceType = "Training";

    public async Task<FundTransaction> DebitAsync(Guid trainingId, Guid accountId, string description, CancellationToken cancellationToken)
    {
        var (fundId, opened) = await FundIdAsync(accountId, cancellationToken);
        try
        {
            return await ledger.PostAsync(
                fundId,
                fund => fund.Debit(
                    EntryKind.CertificationDebit, LedgerAccount.CertificationSpend, Training.CertificationUnitMinor, description, ledger.Author(),
                    Overdraft.Refused, new EntrySource(SourceType, trainingId)),
                cancellationToken);
        }
        catch (DomainRuleException e) when (e.Code == ProblemCodes.InsufficientFunds)
        {
            // The whole request rolls back, the fund opened on demand included: nothing is written.
            var grant = opened
                ? "The partnership has no certification fund yet: open it and credit it to grant free training places."
                : $"{e.Message} Grant free training places by crediting the partner's certification fund first.";
            throw new DomainRuleException(e.Code, $"A free (unpaid) training takes 1 unit from the certification fund, which never goes below zero. {grant}", isConflict: true);
        }
    }

    /// <summary>Reverses the training's standing certification debit (a credit: it never overdraws); nothing when there is none.</summary>
    public Task ReverseAsync(Guid trainingId, string reason, CancellationToken cancellationToken) =>
        ledger.ReverseSourceAsync(SourceType, trainingId, reason, cancellationToken);

    private async Task<(Guid FundId, bool Opened)> FundIdAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.AsNoTracking().Where(p => p.AccountId == accountId && p.IsActive).FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException(
                ProblemCodes.NoActivePartnership, "The partner has no active partnership, so no certification fund to take a free training from.");
        var fundId = await db.Funds.Where(f => f.PartnershipId == partnership.Id && f.FundTypeId == FundType.CertificationId)
            .Select(f => (Guid?)f.Id).FirstOrDefaultAsync(cancellationToken);
        if (fundId is { } id)
        {
            return (id, false);
        }

        var type = await db.FundTypes.AsNoTracking().Where(t => t.Id == FundType.CertificationId)
            .FirstOr404Async("Fund type", FundType.CertificationId, cancellationToken);
        return ((await ledger.OpenAsync(partnership, type, cancellationToken)).Id, true);
    }
}
