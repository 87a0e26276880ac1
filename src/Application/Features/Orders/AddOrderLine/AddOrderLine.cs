using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.AddOrderLine;

/// <summary>An employee adds a product to a draft order at the partner's price now (personal → level → base list → product price) with the partner's margin as the discount (D6); an inactive product is refused (422 <c>product_inactive</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record AddOrderLineCommand(Guid ProductId, int Quantity) : ICommand<OrderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class AddOrderLineHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<AddOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(AddOrderLineCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        await store.AddLineAsync(order, command.ProductId, command.Quantity, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
