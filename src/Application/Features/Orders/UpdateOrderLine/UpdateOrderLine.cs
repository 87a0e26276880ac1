using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

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

public sealed class UpdateOrderLineHandler(IApplicationDbContext db, OrderStore store, OrderReader reader) : ICommandHandler<UpdateOrderLineCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(UpdateOrderLineCommand command, CancellationToken cancellationToken)
    {
        var order = await store.LoadAsync(command.Id, cancellationToken);
        var actor = store.Actor();
        order.ChangeQuantity(command.LineId, command.Quantity, actor);
        var line = order.Lines.First(l => l.Id == command.LineId);
        if (command.DiscountPercent is { } percent && (percent != line.DiscountPercent || !string.IsNullOrWhiteSpace(command.DiscountReason)))
        {
            order.OverrideDiscount(command.LineId, percent, command.DiscountReason ?? string.Empty, actor);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
