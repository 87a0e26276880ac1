using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Notifications.MarkAllMyNotificationsRead;

/// <summary>Marks all your unread notifications read, in one statement.</summary>
[Authorize]
public sealed record MarkAllMyNotificationsReadCommand : ICommand;

public sealed class MarkAllMyNotificationsReadHandler(MyNotifications mine, TimeProvider clock) : ICommandHandler<MarkAllMyNotificationsReadCommand>
{
    public async ValueTask<Unit> Handle(MarkAllMyNotificationsReadCommand command, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await mine.Query().Where(n => n.ReadAt == null).ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadAt, now), cancellationToken);
        return Unit.Value;
    }
}
