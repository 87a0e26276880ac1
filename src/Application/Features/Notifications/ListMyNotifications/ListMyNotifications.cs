using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Notifications.ListMyNotifications;

/// <summary>Your notifications, newest first (only unread ones with <see cref="UnreadOnly"/>); keyset paged.</summary>
[Authorize]
public sealed record ListMyNotificationsQuery(bool UnreadOnly = false, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<NotificationDto>>, IKeysetQuery;

public sealed class ListMyNotificationsHandler(MyNotifications mine) : IQueryHandler<ListMyNotificationsQuery, KeysetPage<NotificationDto>>
{
    public const string SortKey = "createdAt";

    public async ValueTask<KeysetPage<NotificationDto>> Handle(ListMyNotificationsQuery query, CancellationToken cancellationToken)
    {
        var rows = mine.Query();
        if (query.UnreadOnly)
        {
            rows = rows.Where(n => n.ReadAt == null);
        }

        return await rows.ToKeysetPageAsync(
            SortKey, n => n.CreatedAt, n => n.Id, descending: true, query.Cursor, query.Limit,
            n => new NotificationDto(n.Id, n.Topic, n.Title, n.Body, n.Link, n.CreatedAt, n.ReadAt),
            d => d.CreatedAt, d => d.Id, cancellationToken);
    }
}
