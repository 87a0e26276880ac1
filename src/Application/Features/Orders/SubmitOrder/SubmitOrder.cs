using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.SubmitOrder;

/// <summary>An employee submits a draft order with at least one line (422 <c>order_empty</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record SubmitOrderCommand(Guid Id) : ICommand<OrderDto>;

public sealed class SubmitOrderHandler(OrderStore store) : ICommandHandler<SubmitOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(SubmitOrderCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.Submit(actor), cancellationToken);
}
