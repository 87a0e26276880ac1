using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PriceLists;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders;

/// <summary>
/// The write side the order use cases share: who acts, loading one with its lines for a change (inside the partner
/// scope for portal users, so another partner's order is a 404), the partner check, and adding a product at the price
/// the chain gives (<see cref="PriceResolver"/>) with the partner's margin as its discount (D6).
/// </summary>
public sealed class OrderStore(IApplicationDbContext db, ICurrentUser user, PartnerScope scope, TimeProvider clock, PriceResolver prices, OrderReader reader)
{
    /// <summary>Loads the order with its lines (404 outside the caller's scope), applies one change, saves (409 on a concurrent change) and reads it back.</summary>
    public async Task<OrderDto> ChangeAsync(Guid id, Func<Order, OrderActor, Task> change, CancellationToken cancellationToken)
    {
        var order = await LoadAsync(id, cancellationToken);
        await change(order, Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }

    /// <inheritdoc cref="ChangeAsync(Guid, Func{Order, OrderActor, Task}, CancellationToken)"/>
    public Task<OrderDto> ChangeAsync(Guid id, Action<Order, OrderActor> change, CancellationToken cancellationToken) =>
        ChangeAsync(id, (order, actor) => { change(order, actor); return Task.CompletedTask; }, cancellationToken);

    public OrderActor Actor() => new(scope.IsPortal ? scope.PortalUserId : user.Id, user.DisplayName, scope.IsPortal, clock.GetUtcNow().UtcDateTime);

    public Task<Order> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Orders.Include(o => o.Lines).Where(o => o.Id == id).FirstOr404Async("Order", id, cancellationToken);

    /// <summary>The account orders are made for is a partner account (422 <c>order_partner_invalid</c>; 404 when it does not exist).</summary>
    public async Task EnsurePartnerAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var type = await db.Accounts.Where(a => a.Id == accountId).Select(a => (AccountType?)a.Type).FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Account", accountId);
        if (type != AccountType.Partner)
        {
            throw new DomainRuleException(ProblemCodes.OrderPartnerInvalid, "Orders are made for partner accounts.");
        }
    }

    /// <summary>Adds the product at the partner's price now; an inactive product is refused (422 <c>product_inactive</c>).</summary>
    public async Task AddLineAsync(Order order, Guid productId, int quantity, OrderActor actor, CancellationToken cancellationToken)
    {
        var price = await prices.ResolveAsync(order.AccountId, productId, cancellationToken);
        var name = await db.Products.Where(p => p.Id == productId).Select(p => p.Name).FirstAsync(cancellationToken);
        order.AddLine(
            productId, price.ProductCode, name, quantity,
            new LinePrice(price.PriceMinor, price.Source, price.PriceListId, Math.Clamp(Math.Round(price.DefaultDiscountPercent ?? 0m, 2, MidpointRounding.AwayFromZero), 0m, 100m)), actor);
    }
}
