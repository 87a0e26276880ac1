using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.RemoveOrderLine;

/// <summary>An employee removes a line from a draft order.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record RemoveOrderLineCommand(Guid Id, Guid LineId) : ICommand<OrderDto>;

public sealed class RemoveOrderLineHandler(OrderStore store) : ICommandHandler<RemoveOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(RemoveOrderLineCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.RemoveLine(command.LineId, actor), cancellationToken);
}
