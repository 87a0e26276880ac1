using Mediator;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.CreateOrder;

/// <summary>An employee creates a draft order for a partner account (404 when it does not exist, 422 <c>order_partner_invalid</c> when not a partner).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record CreateOrderCommand(Guid PartnerAccountId) : ICommand<OrderDto>;

public sealed class CreateOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader, IOptions<AppOptions> app)
    : ICommandHandler<CreateOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CreateOrderCommand command, CancellationToken cancellationToken)
    {
        await store.EnsurePartnerAsync(command.PartnerAccountId, cancellationToken);
        var order = Order.Create(command.PartnerAccountId, app.Value.Currency, store.Actor());
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
