using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.RemoveOrderLine;

/// <summary>An employee removes a line from a draft order.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record RemoveOrderLineCommand(Guid Id, Guid LineId) : ICommand<OrderDto>;

public sealed class RemoveOrderLineHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<RemoveOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(RemoveOrderLineCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.RemoveLine(command.LineId, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
