using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.MarketingActivities.DeleteMyMarketingActivity;

/// <summary>The partner deletes a draft; anything submitted stays for the record (cancel it instead).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record DeleteMyMarketingActivityCommand(Guid Id) : ICommand, IPortalRequest;

public sealed class DeleteMyMarketingActivityHandler(IApplicationDbContext db, MarketingActivityStore store)
    : ICommandHandler<DeleteMyMarketingActivityCommand>
{
    public async ValueTask<Unit> Handle(DeleteMyMarketingActivityCommand command, CancellationToken cancellationToken)
    {
        var activity = await store.LoadAsync(command.Id, cancellationToken);
        activity.EnsureDeletable();
        db.MarketingActivities.Remove(activity);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
