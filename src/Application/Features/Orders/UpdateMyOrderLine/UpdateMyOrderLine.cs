using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.UpdateMyOrderLine;

/// <summary>A partner changes its draft order line's quantity; the unit price stays the price chain's answer when the line was added, and the discount stays (only an employee overrides it, D6).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record UpdateMyOrderLineCommand(int Quantity) : ICommand<OrderDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid LineId { get; init; }
}

public sealed class UpdateMyOrderLineHandler(OrderStore store) : ICommandHandler<UpdateMyOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(UpdateMyOrderLineCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.ChangeQuantity(command.LineId, command.Quantity, actor), cancellationToken);
}
