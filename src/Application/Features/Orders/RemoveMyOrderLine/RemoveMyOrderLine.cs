using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.RemoveMyOrderLine;

/// <summary>A partner removes a line from its draft order.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record RemoveMyOrderLineCommand(Guid Id, Guid LineId) : ICommand<OrderDto>, IPortalRequest;

public sealed class RemoveMyOrderLineHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<RemoveMyOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(RemoveMyOrderLineCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.RemoveLine(command.LineId, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
