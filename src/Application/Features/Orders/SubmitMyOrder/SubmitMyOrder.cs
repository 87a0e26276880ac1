using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.SubmitMyOrder;

/// <summary>A partner submits its draft order with at least one line (422 <c>order_empty</c>).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record SubmitMyOrderCommand(Guid Id) : ICommand<OrderDto>, IPortalRequest;

public sealed class SubmitMyOrderHandler(OrderStore store) : ICommandHandler<SubmitMyOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(SubmitMyOrderCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.Submit(actor), cancellationToken);
}
