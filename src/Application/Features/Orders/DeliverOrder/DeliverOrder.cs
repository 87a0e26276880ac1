using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.DeliverOrder;

/// <summary>An employee marks a confirmed order delivered (409 <c>order_status_invalid</c> otherwise).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record DeliverOrderCommand(Guid Id) : ICommand<OrderDto>;

public sealed class DeliverOrderHandler(OrderStore store) : ICommandHandler<DeliverOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(DeliverOrderCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.Deliver(actor), cancellationToken);
}
