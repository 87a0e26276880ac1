using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.AddMyOrderLine;

/// <summary>A partner adds a product to its draft order at its price now (personal → level → base list → product price) with its margin as the discount (D6); an inactive product is refused (422 <c>product_inactive</c>).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record AddMyOrderLineCommand(Guid ProductId, int Quantity) : ICommand<OrderDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class AddMyOrderLineHandler(OrderStore store) : ICommandHandler<AddMyOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(AddMyOrderLineCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, async (order, actor) => await store.AddLineAsync(order, command.ProductId, command.Quantity, actor, cancellationToken), cancellationToken);
}
