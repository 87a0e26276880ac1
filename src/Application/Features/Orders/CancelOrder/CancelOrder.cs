using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.CancelOrder;

/// <summary>An employee cancels a draft, submitted or confirmed order, with an optional reason.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record CancelOrderCommand([property: MultiLine] string? Reason = null) : ICommand<OrderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CancelOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<CancelOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CancelOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.Cancel(command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
