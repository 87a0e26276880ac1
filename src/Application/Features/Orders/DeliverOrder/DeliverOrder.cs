using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.DeliverOrder;

/// <summary>An employee marks a confirmed order delivered (409 <c>order_status_invalid</c> otherwise).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record DeliverOrderCommand(Guid Id) : ICommand<OrderDto>;

public sealed class DeliverOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<DeliverOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(DeliverOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.Deliver(store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
