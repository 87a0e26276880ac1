using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.ListMyOrders;

/// <summary>Your organization's orders; filter by status; sort like the back-office list (newest first by default); keyset paged.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyOrdersQuery(OrderStatus? Status = null, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<OrderListItemDto>>, IPortalRequest, IKeysetQuery;

public sealed class ListMyOrdersHandler(OrderReader reader) : IQueryHandler<ListMyOrdersQuery, KeysetPage<OrderListItemDto>>
{
    public async ValueTask<KeysetPage<OrderListItemDto>> Handle(ListMyOrdersQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(new OrderFilter(query.Status), query.Sort, query.Cursor, query.Limit, cancellationToken);
}
