using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.RemoveMyOrderLine;

/// <summary>A partner removes a line from its draft order.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record RemoveMyOrderLineCommand(Guid Id, Guid LineId) : ICommand<OrderDto>, IPortalRequest;

public sealed class RemoveMyOrderLineHandler(OrderStore store) : ICommandHandler<RemoveMyOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(RemoveMyOrderLineCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.RemoveLine(command.LineId, actor), cancellationToken);
}
