using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.MarketingActivities.CompleteMarketingActivity;

/// <summary>
/// D7: an employee completes an approved activity with the amount spent (Approved → Completed). On a funded activity
/// the difference is posted in the same transaction: unspent budget is credited back (ActivityCredit), extra spending
/// is debited (ActivityDebit), refused with 409 <c>insufficient_funds</c> when it would overdraw (and then the
/// activity stays approved). Idempotent per Idempotency-Key.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record CompleteMarketingActivityCommand(decimal SpentBudget) : ICommand<MarketingActivityDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    [JsonIgnore]
    public int SuccessStatus => 200;
}

public sealed class CompleteMarketingActivityHandler(
    IApplicationDbContext db, MarketingActivityStore store, FundLedger ledger, MarketingActivityReader reader)
    : ICommandHandler<CompleteMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(CompleteMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        var difference = activity.Complete(Money.ToMinor(command.SpentBudget), store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        if (activity.FundId is { } fundId && difference != 0)
        {
            var name = activity.Name;
            var source = store.Source(command.Id);
            await ledger.PostAsync(
                fundId,
                fund => difference > 0
                    ? fund.Credit(
                        EntryKind.ActivityCredit, LedgerAccount.MarketingSpend, difference, $"Unspent budget of marketing activity \"{name}\" returned",
                        ledger.Author(), source)
                    : fund.Debit(
                        EntryKind.ActivityDebit, LedgerAccount.MarketingSpend, -difference, $"Spending of marketing activity \"{name}\" above its budget",
                        ledger.Author(), Overdraft.Refused, source),
                cancellationToken);
        }

        return await reader.GetAsync(command.Id, cancellationToken);
    }
}
