using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.MarketingActivities.CancelMyMarketingActivity;

/// <summary>The partner cancels their own draft or proposal (not an approved activity: that is the vendor's decision).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record CancelMyMarketingActivityCommand(Guid Id) : ICommand<MarketingActivityDto>, IPortalRequest;

public sealed class CancelMyMarketingActivityHandler(IApplicationDbContext db, MarketingActivityStore store, MarketingActivityReader reader)
    : ICommandHandler<CancelMyMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(CancelMyMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        activity.Cancel(null, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(activity.Id, cancellationToken);
    }
}
