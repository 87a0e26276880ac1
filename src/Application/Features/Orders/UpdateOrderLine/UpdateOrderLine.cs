using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.UpdateOrderLine;

/// <summary>An employee changes a draft order line's quantity (its price stays: the price chain's answer when the line was added) and may override its discount with a reason (D6: 0–100 %, the reason is required and kept on the line with who and when).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record UpdateOrderLineCommand(int Quantity, decimal? DiscountPercent = null, [property: MultiLine] string? DiscountReason = null) : ICommand<OrderDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }

    [JsonIgnore]
    public Guid LineId { get; init; }
}

public sealed class UpdateOrderLineHandler(OrderStore store) : ICommandHandler<UpdateOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(UpdateOrderLineCommand command, CancellationToken cancellationToken) =>
        await store.ChangeAsync(command.Id, (order, actor) => Apply(order, command, actor), cancellationToken);

    // The quantity first; then the discount, when one is given that differs or comes with a (new) reason (D6).
    private static void Apply(Order order, UpdateOrderLineCommand command, OrderActor actor)
    {
        order.ChangeQuantity(command.LineId, command.Quantity, actor);
        var line = order.Lines.First(l => l.Id == command.LineId);
        if (command.DiscountPercent is { } percent && (percent != line.DiscountPercent || !string.IsNullOrWhiteSpace(command.DiscountReason)))
        {
            order.OverrideDiscount(command.LineId, percent, command.DiscountReason ?? string.Empty, actor);
        }
    }
}
