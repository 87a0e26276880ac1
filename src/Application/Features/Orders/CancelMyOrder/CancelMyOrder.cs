using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.CancelMyOrder;

/// <summary>A partner cancels its draft or submitted order, with an optional reason.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record CancelMyOrderCommand([property: MultiLine] string? Reason = null) : ICommand<OrderDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CancelMyOrderHandler(OrderStore store) : ICommandHandler<CancelMyOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CancelMyOrderCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.Cancel(command.Reason, actor), cancellationToken);
}
