using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.ListOrders;

/// <summary>
/// The back-office orders list: every partner's; filter by status and partner; sort by createdAt (default, newest
/// first), updatedAt or total; keyset paged (<c>cursor</c> from the previous page's <c>nextCursor</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ListOrdersQuery(OrderFilter Filter, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<OrderListItemDto>>, IKeysetQuery;

public sealed class ListOrdersHandler(OrderReader reader) : IQueryHandler<ListOrdersQuery, KeysetPage<OrderListItemDto>>
{
    public async ValueTask<KeysetPage<OrderListItemDto>> Handle(ListOrdersQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Filter, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
