using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.MarketingActivities.SubmitMyMarketingActivity;

/// <summary>The partner sends a draft for approval (Draft → OnApproval); the partner manager is told by e-mail.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record SubmitMyMarketingActivityCommand(Guid Id) : ICommand<MarketingActivityDto>, IPortalRequest;

public sealed class SubmitMyMarketingActivityHandler(IApplicationDbContext db, MarketingActivityStore store, MarketingActivityReader reader)
    : ICommandHandler<SubmitMyMarketingActivityCommand, MarketingActivityDto>
{
    public async ValueTask<MarketingActivityDto> Handle(SubmitMyMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        activity.Submit(store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(activity.Id, cancellationToken);
    }
}
