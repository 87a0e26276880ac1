using Mediator;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.CreateMyOrder;

/// <summary>A partner starts a draft order; the partner is the session's account, never taken from the request.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record CreateMyOrderCommand : ICommand<OrderDto>, IPortalRequest;

public sealed class CreateMyOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader, PartnerScope scope, IOptions<AppOptions> app)
    : ICommandHandler<CreateMyOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CreateMyOrderCommand command, CancellationToken cancellationToken)
    {
        var order = Order.Create(scope.AccountId!.Value, app.Value.Currency, store.Actor());
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
