using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.SubmitMyOrder;

/// <summary>A partner submits its draft order with at least one line (422 <c>order_empty</c>).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record SubmitMyOrderCommand(Guid Id) : ICommand<OrderDto>, IPortalRequest;

public sealed class SubmitMyOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<SubmitMyOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(SubmitMyOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.Submit(store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
