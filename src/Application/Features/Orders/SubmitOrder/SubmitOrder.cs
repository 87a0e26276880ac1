using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.SubmitOrder;

/// <summary>An employee submits a draft order with at least one line (422 <c>order_empty</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record SubmitOrderCommand(Guid Id) : ICommand<OrderDto>;

public sealed class SubmitOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<SubmitOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(SubmitOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.Submit(store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
