using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.ConfirmOrder;

/// <summary>An employee confirms a submitted order (409 <c>order_status_invalid</c> otherwise).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record ConfirmOrderCommand(Guid Id) : ICommand<OrderDto>;

public sealed class ConfirmOrderHandler(OrderStore store) : ICommandHandler<ConfirmOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(ConfirmOrderCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => order.Confirm(actor), cancellationToken);
}
