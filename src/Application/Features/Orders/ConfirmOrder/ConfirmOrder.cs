using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.ConfirmOrder;

/// <summary>An employee confirms a submitted order (409 <c>order_status_invalid</c> otherwise).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record ConfirmOrderCommand(Guid Id) : ICommand<OrderDto>;

public sealed class ConfirmOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<ConfirmOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(ConfirmOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.Confirm(store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
