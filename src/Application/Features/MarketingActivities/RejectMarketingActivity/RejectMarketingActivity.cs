using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.MarketingActivities.RejectMarketingActivity;

/// <summary>An employee rejects a proposal with a required reason (OnApproval → Rejected); the partner is told by e-mail.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record RejectMarketingActivityCommand([property: MultiLine] string Reason) : ICommand<MarketingActivityDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RejectMarketingActivityHandler(IApplicationDbContext db, MarketingActivityStore store, MarketingActivityReader reader)
    : ICommandHandler<RejectMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(RejectMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        activity.Reject(command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(activity.Id, cancellationToken);
    }
}
