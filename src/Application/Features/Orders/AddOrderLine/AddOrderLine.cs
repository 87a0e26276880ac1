using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.AddOrderLine;

/// <summary>An employee adds a product to a draft order at the partner's price now (personal → level → base list → product price) with the partner's margin as the discount (D6); an inactive product is refused (422 <c>product_inactive</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record AddOrderLineCommand(Guid ProductId, int Quantity) : ICommand<OrderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class AddOrderLineHandler(OrderStore store) : ICommandHandler<AddOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(AddOrderLineCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, async (order, actor) => await store.AddLineAsync(order, command.ProductId, command.Quantity, actor, cancellationToken), cancellationToken);
}
