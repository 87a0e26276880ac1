using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.MarketingActivities.ApproveMarketingActivity;

/// <summary>
/// W8 step 3–4, D7: an employee approves a proposal (OnApproval → Approved) with the owner (a portal user of the
/// partner), the approved budget and the fund (one of the activity's partnership; null: an unfunded activity). With a
/// fund and a budget above zero the budget is debited from the fund as an ActivityDebit whose source is the activity,
/// in the same transaction: a debit that would overdraw is refused (409 <c>insufficient_funds</c>, approval never
/// overdraws) and the activity stays on approval. Idempotent per Idempotency-Key; of two concurrent approvals one
/// wins, the other gets 409 <c>concurrent_change</c>.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record ApproveMarketingActivityCommand(decimal ApprovedBudget, Guid? FundId = null, Guid? OwnerId = null)
    : ICommand<MarketingActivityDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    [JsonIgnore]
    public int SuccessStatus => 200;
}

public sealed class ApproveMarketingActivityHandler(
    IApplicationDbContext db, MarketingActivityStore store, FundLedger ledger, MarketingActivityReader reader)
    : ICommandHandler<ApproveMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(ApproveMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        await store.EnsureOwnerAsync(command.OwnerId, activity.AccountId, cancellationToken);
        await store.EnsureFundAsync(command.FundId, activity.PartnershipId, cancellationToken);
        var budget = Money.ToMinor(command.ApprovedBudget);
        activity.Approve(command.OwnerId, budget, command.FundId, store.Actor());

        // The status change is saved first (under the activity's version: a concurrent decision loses here), then the
        // debit; both commit together or not at all (TransactionBehaviour).
        await db.SaveChangesAsync(cancellationToken);
        if (activity.IsFunded)
        {
            var name = activity.Name;
            await ledger.PostAsync(
                activity.FundId!.Value,
                fund => fund.Debit(
                    EntryKind.ActivityDebit, LedgerAccount.MarketingSpend, budget, $"Marketing activity \"{name}\" approved", ledger.Author(),
                    Overdraft.Refused, store.Source(command.Id)),
                cancellationToken);
        }

        return await reader.GetAsync(command.Id, cancellationToken);
    }
}
