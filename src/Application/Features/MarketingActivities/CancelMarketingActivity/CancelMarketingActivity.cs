using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities.CancelMarketingActivity;

/// <summary>
/// An employee cancels a proposal or an approved activity (→ Cancelled). D7: every standing fund entry of an approved
/// activity is reversed in the same transaction, so the fund gets its budget back. Idempotent per Idempotency-Key.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record CancelMarketingActivityCommand([property: MultiLine] string? Reason = null) : ICommand<MarketingActivityDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    [JsonIgnore]
    public int SuccessStatus => 200;
}

public sealed class CancelMarketingActivityHandler(
    IApplicationDbContext db, MarketingActivityStore store, FundLedger ledger, MarketingActivityReader reader)
    : ICommandHandler<CancelMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(CancelMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        var wasApproved = activity.Status == MarketingActivityStatus.Approved;
        activity.Cancel(command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        if (wasApproved)
        {
            await ledger.ReverseSourceAsync(
                MarketingActivityStore.SourceType, command.Id,
                string.IsNullOrWhiteSpace(command.Reason) ? $"Marketing activity \"{activity.Name}\" cancelled" : command.Reason.Trim(), cancellationToken);
        }

        return await reader.GetAsync(command.Id, cancellationToken);
    }
}
