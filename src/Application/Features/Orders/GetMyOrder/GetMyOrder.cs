using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.GetMyOrder;

/// <summary>An order of your organization with its lines and history; 404 for any other.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyOrderQuery(Guid Id) : IQuery<OrderDto>, IPortalRequest;

public sealed class GetMyOrderHandler(OrderReader reader) : IQueryHandler<GetMyOrderQuery, OrderDto>
{
    public async ValueTask<OrderDto> Handle(GetMyOrderQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
