using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Notifications.GetMyNotificationSummary;

/// <summary>How many of your notifications are unread (the bell's count).</summary>
[Authorize]
public sealed record GetMyNotificationSummaryQuery : IQuery<NotificationSummaryDto>;

public sealed class GetMyNotificationSummaryHandler(MyNotifications mine) : IQueryHandler<GetMyNotificationSummaryQuery, NotificationSummaryDto>
{
    public async ValueTask<NotificationSummaryDto> Handle(GetMyNotificationSummaryQuery query, CancellationToken cancellationToken) =>
        new(await mine.Query().CountAsync(n => n.ReadAt == null, cancellationToken));
}
