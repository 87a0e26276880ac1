using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.Opportunities;

/// <summary>What an opportunity was before a change: the fund credit is reconciled against it (W6.3).</summary>
public readonly record struct OpportunitySnapshot(OpportunityStage Stage, long AmountMinor, Guid? AccountId)
{
    public static OpportunitySnapshot Of(Opportunity opportunity) => new(opportunity.Stage, opportunity.AmountMinor, opportunity.AccountId);
}

/// <summary>
/// D19 / W6: the marketing-fund credit of won partner opportunities. Before the save, <see cref="FixBasisAsync"/> fixes
/// on a newly won opportunity (or one whose partner changed while won) the partner's ACTIVE partnership and the
/// marketing-fund % of that partnership's own benefit row at this moment. After the save (which the opportunity's
/// version guards: of two concurrent "won" saves one gets 409), <see cref="SyncAsync"/> makes the ledger match the
/// opportunity in the same transaction: the standing accrual stays when it is still right, else it is reversed with an
/// entry that says why and the new credit accrued through <see cref="FundLedger.AccrueAsync"/> (idempotent per source).
/// The credit is the % of the amount rounded to the cent half away from zero (<see cref="Opportunity.FundCredit"/>).
/// No partnership, no marketing fund or no %: nothing is credited and the opportunity saves all the same. The fund's
/// e-mail and notification go the ledger's way (<c>FundMoved</c>).
/// </summary>
public sealed class OpportunityAccruals(IApplicationDbContext db, FundLedger ledger)
{
    public async Task FixBasisAsync(Opportunity opportunity, CancellationToken cancellationToken)
    {
        if (!opportunity.FundBasisDue)
        {
            return;
        }

        var accountId = opportunity.AccountId;
        var basis = await (from p in db.Partnerships
                           join pp in db.PartnershipParameters on p.Id equals pp.PartnershipId
                           join c in db.ParameterCategories on pp.CategoryId equals c.Id
                           where p.AccountId == accountId && p.IsActive && pp.Kind == ParameterKind.Benefit && c.Metric == MetricCode.MarketingFundPercent
                           select new { PartnershipId = p.Id, pp.Value.Number })
            .ToListAsync(cancellationToken);
        var best = basis.Where(b => b.Number > 0).OrderByDescending(b => b.Number).FirstOrDefault();
        opportunity.FixFundBasis(best?.PartnershipId, best?.Number);
    }

    /// <summary>Reconciles the ledger with the saved opportunity; <paramref name="before"/> says why an accrual changes.</summary>
    public async Task SyncAsync(Opportunity opportunity, OpportunitySnapshot before, CancellationToken cancellationToken)
    {
        var credit = opportunity.FundCreditMinor;
        var partnershipId = opportunity.FundPartnershipId;
        var standing = await Standing(opportunity.Id).ToListAsync(cancellationToken);
        if (standing.Count == 1 && credit > 0 && standing[0].Amount == credit && standing[0].PartnershipId == partnershipId)
        {
            return;
        }

        if (standing.Count > 0)
        {
            await ledger.ReverseSourceAsync(
                FundLedger.OpportunitySource, opportunity.Id, $"Opportunity \"{opportunity.Name}\": {Why(opportunity, before)}", cancellationToken);
        }

        if (credit > 0 && partnershipId is { } id && await HasMarketingFundAsync(id, cancellationToken))
        {
            var description = $"Opportunity \"{opportunity.Name}\" won: {opportunity.FundPercent:0.####} % of {opportunity.FormatMoney(opportunity.AmountMinor)}";
            if (standing.Count > 0)
            {
                description += $" (recalculated: {Why(opportunity, before)})";
            }

            await ledger.AccrueAsync(id, FundLedger.OpportunitySource, opportunity.Id, credit, description, cancellationToken);
        }
    }

    /// <summary>Before an opportunity is deleted: every standing credit of it is reversed.</summary>
    public Task ReverseAsync(Opportunity opportunity, string reason, CancellationToken cancellationToken) =>
        ledger.ReverseSourceAsync(FundLedger.OpportunitySource, opportunity.Id, reason, cancellationToken);

    private IQueryable<StandingAccrual> Standing(Guid opportunityId) =>
        db.FundTransactions.AsNoTracking()
            .Where(e => e.Kind == EntryKind.Accrual && e.SourceType == FundLedger.OpportunitySource && e.SourceId == opportunityId
                        && !db.FundTransactions.Any(r => r.ReversesEntryId == e.Id))
            .Select(e => new StandingAccrual(e.Amount, e.PartnershipId));

    private Task<bool> HasMarketingFundAsync(Guid partnershipId, CancellationToken cancellationToken) =>
        (from f in db.Funds
         join t in db.FundTypes on f.FundTypeId equals t.Id
         where f.PartnershipId == partnershipId && t.Code == FundType.MarketingCode
         select f.Id).AnyAsync(cancellationToken);

    private static string Why(Opportunity opportunity, OpportunitySnapshot before)
    {
        if (before.Stage == OpportunityStage.ClosedWon && opportunity.Stage != OpportunityStage.ClosedWon)
        {
            return $"reopened ({Opportunity.Label(opportunity.Stage)})";
        }

        if (before.AccountId != opportunity.AccountId)
        {
            return "partner changed";
        }

        return before.AmountMinor != opportunity.AmountMinor
            ? $"amount changed from {opportunity.FormatMoney(before.AmountMinor)} to {opportunity.FormatMoney(opportunity.AmountMinor)}"
            : "credit recalculated";
    }

    private sealed record StandingAccrual(long Amount, Guid PartnershipId);
}
