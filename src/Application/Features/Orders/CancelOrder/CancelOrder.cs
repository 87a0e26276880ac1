using System.Text.Json.Serialization;
using Mediator;
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

public sealed class CancelOrderHandler(OrderStore store) : ICommandHandler<CancelOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CancelOrderCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.Cancel(command.Reason, actor), cancellationToken);
}
