using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Orders.CancelMyOrder;

/// <summary>A partner cancels its draft or submitted order, with an optional reason.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record CancelMyOrderCommand([property: MultiLine] string? Reason = null) : ICommand<OrderDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CancelMyOrderHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<CancelMyOrderCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CancelMyOrderCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        order.Cancel(command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
