using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders;

/// <summary>
/// Reads orders as DTOs for the back-office and the portal alike. For a portal user the query filter leaves only the
/// partner's own orders, lines and history (ADR-004): another partner's order is a 404.
/// </summary>
public sealed class OrderReader(IApplicationDbContext db, PartnerScope scope)
{
    /// <summary>The keys a list can be sorted by (prefix '-' for descending); the default is newest first.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["createdAt", "updatedAt", "total"];

    public Task<KeysetPage<OrderListItemDto>> ListAsync(OrderFilter filter, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var rows = Filtered(db.Orders.AsNoTracking(), filter);
        var (key, descending) = Keyset.ParseSort(sort, "createdAt");
        var select = ListItem();
        return key switch
        {
            "updatedAt" => rows.ToKeysetPageAsync(key, o => o.UpdatedAt, o => o.Id, descending, cursor, limit, select, r => r.UpdatedAt, r => r.Id, cancellationToken),
            "total" => rows.ToKeysetPageAsync(key, o => o.TotalMinor, o => o.Id, descending, cursor, limit, select, r => r.TotalMinor, r => r.Id, cancellationToken),
            _ => rows.ToKeysetPageAsync(key, o => o.CreatedAt, o => o.Id, descending, cursor, limit, select, r => r.CreatedAt, r => r.Id, cancellationToken),
        };
    }

    /// <summary>The export: the list's filter and sort, every row, only the exported columns.</summary>
    public IAsyncEnumerable<OrderExportRow> Export(OrderFilter filter, string? sort)
    {
        var (key, descending) = Keyset.ParseSort(sort, "createdAt");
        var rows = Filtered(db.Orders.AsNoTracking(), filter);
        rows = key switch
        {
            "updatedAt" => descending ? rows.OrderByDescending(o => o.UpdatedAt).ThenByDescending(o => o.Id) : rows.OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id),
            "total" => descending ? rows.OrderByDescending(o => o.TotalMinor).ThenByDescending(o => o.Id) : rows.OrderBy(o => o.TotalMinor).ThenBy(o => o.Id),
            _ => descending ? rows.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id) : rows.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        };
        return rows.Select(o => new
            {
                o.CreatedAt, o.Number, o.Status,
                PartnerName = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(),
                LineCount = db.OrderLines.Count(l => l.OrderId == o.Id), o.SubtotalMinor, o.TotalMinor, o.Currency, o.SubmittedAt, o.Id,
            })
            .AsAsyncEnumerable()
            .Select(r => new OrderExportRow(
                r.CreatedAt, r.Number, r.Status, r.PartnerName, r.LineCount, Money.ToDecimal(r.SubtotalMinor), Money.ToDecimal(r.TotalMinor), r.Currency, r.SubmittedAt, r.Id));
    }

    /// <summary>One order with its lines and history; 404 when it is not there or not visible to the caller.</summary>
    public async Task<OrderDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Orders.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new { Order = o, PartnerName = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault() })
            .FirstOr404Async("Order", id, cancellationToken);
        var lines = await db.OrderLines.AsNoTracking().Where(l => l.OrderId == id).OrderBy(l => l.Id)
            .Select(l => new OrderLineDto(
                l.Id, l.ProductId, l.ProductCode, l.ProductName, l.Quantity, l.UnitPriceMinor, l.PriceSource, l.PriceListId,
                db.PriceLists.Where(p => p.Id == l.PriceListId).Select(p => p.Name).FirstOrDefault(), l.DefaultDiscountPercent,
                l.DiscountPercent, l.DiscountOverriddenAt != null, l.DiscountOverriddenBy, l.DiscountOverriddenAt, l.DiscountOverrideReason, l.TotalMinor))
            .ToListAsync(cancellationToken);
        var history = await db.OrderEvents.AsNoTracking().Where(e => e.OrderId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new OrderEventDto(e.Id, e.At, e.What, e.Status, e.By, e.ByPartner, e.Note))
            .ToListAsync(cancellationToken);
        if (scope.IsPortal)
        {
            // A partner reads who of its own people acted, never an employee's name.
            history = [.. history.Select(e => e.ByPartner ? e : e with { By = null })];
            lines = [.. lines.Select(l => l with { DiscountOverriddenBy = null })];
        }

        var o = row.Order;
        return new OrderDto(
            o.Id, o.Number, o.Status, o.AccountId, row.PartnerName, o.OpportunityId, o.Currency, o.SubtotalMinor, o.SubtotalMinor - o.TotalMinor, o.TotalMinor,
            o.CreatedAt, o.UpdatedAt, o.SubmittedAt, lines, history);
    }

    private IQueryable<Order> Filtered(IQueryable<Order> rows, OrderFilter filter)
    {
        // The query filter confines a partner already (ADR-004); its "no scope OR AccountId = @id" form hides the
        // (AccountId, ...) indexes from the planner, so the partner's own rows are also asked for plainly.
        if (scope.AccountId is { } own)
        {
            rows = rows.Where(o => o.AccountId == own);
        }

        if (filter.Status is { } status)
        {
            rows = rows.Where(o => o.Status == status);
        }

        if (filter.PartnerAccountId is { } partner)
        {
            rows = rows.Where(o => o.AccountId == partner);
        }

        return rows;
    }


    private Expression<Func<Order, OrderListItemDto>> ListItem() =>
        o => new OrderListItemDto(
            o.Id, o.Number, o.Status, o.AccountId, db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(), o.OpportunityId,
            o.Currency, o.SubtotalMinor, o.TotalMinor, db.OrderLines.Count(l => l.OrderId == o.Id), o.CreatedAt, o.UpdatedAt, o.SubmittedAt);
}
