using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Notifications.MarkMyNotificationRead;

/// <summary>Marks one of your notifications read (404 for anyone else's).</summary>
[Authorize]
public sealed record MarkMyNotificationReadCommand(Guid Id) : ICommand;

public sealed class MarkMyNotificationReadHandler(IApplicationDbContext db, MyNotifications mine, TimeProvider clock) : ICommandHandler<MarkMyNotificationReadCommand>
{
    public async ValueTask<Unit> Handle(MarkMyNotificationReadCommand command, CancellationToken cancellationToken)
    {
        var notification = await mine.Query().Where(n => n.Id == command.Id).FirstOr404Async("Notification", command.Id, cancellationToken);
        notification.MarkRead(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
