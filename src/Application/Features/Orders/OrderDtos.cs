using FluentValidation;
using PartnerPortal.Application.Common.Export;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Orders;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.Orders;

// Money (ADR-007): amounts are integer minor units (…Minor) and a decimal for display.

/// <summary>A row of the back-office orders list (keyset paged) and of the portal's "my orders".</summary>
public sealed record OrderListItemDto(
    Guid Id, string Number, OrderStatus Status, Guid PartnerAccountId, string? PartnerName, Guid? OpportunityId, string Currency, long SubtotalMinor,
    long TotalMinor, int LineCount, DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt)
{
    public decimal Total => Money.ToDecimal(TotalMinor);
}

/// <summary>
/// One order line. Its unit price is the price chain's answer WHEN THE LINE WAS ADDED (<see cref="PriceSource"/>: the
/// account's personal list, its level's list, the base list or the product's own price; <see cref="PriceListId"/> and <see cref="PriceListName"/> the list, its name as it is now):
/// a quantity change keeps it; removing the product and adding it again prices it anew. The discount is the partner's
/// margin (<see cref="DefaultDiscountPercent"/>, D6) unless an employee overrode it (who, when and why are shown).
/// Line total = quantity × unit price × (1 − discount), rounded to the cent half away from zero.
/// </summary>
public sealed record OrderLineDto(
    Guid Id, Guid ProductId, string ProductCode, string ProductName, int Quantity, long UnitPriceMinor, PriceSource PriceSource, Guid? PriceListId,
    string? PriceListName, decimal DefaultDiscountPercent, decimal DiscountPercent, bool DiscountOverridden, string? DiscountOverriddenBy, DateTime? DiscountOverriddenAt,
    string? DiscountOverrideReason, long TotalMinor)
{
    public decimal UnitPrice => Money.ToDecimal(UnitPriceMinor);

    public decimal Total => Money.ToDecimal(TotalMinor);
}

/// <summary>One change of an order. <see cref="By"/> is null on the portal for employees' changes.</summary>
public sealed record OrderEventDto(Guid Id, DateTime At, string What, OrderStatus Status, string? By, bool ByPartner, string? Note);

/// <summary>An order with its lines and history (newest first); totals in minor units, <see cref="DiscountMinor"/> = subtotal − total.</summary>
public sealed record OrderDto(
    Guid Id, string Number, OrderStatus Status, Guid PartnerAccountId, string? PartnerName, Guid? OpportunityId, string Currency, long SubtotalMinor,
    long DiscountMinor, long TotalMinor, DateTime CreatedAt, DateTime UpdatedAt, DateTime? SubmittedAt, IReadOnlyList<OrderLineDto> Lines,
    IReadOnlyList<OrderEventDto> History)
{
    public decimal Subtotal => Money.ToDecimal(SubtotalMinor);

    public decimal Discount => Money.ToDecimal(DiscountMinor);

    public decimal Total => Money.ToDecimal(TotalMinor);
}

/// <summary>Which orders the back-office list (and its CSV export) shows; null filters are not applied.</summary>
public sealed record OrderFilter(OrderStatus? Status = null, Guid? PartnerAccountId = null);

public sealed class OrderFilterValidator : AbstractValidator<OrderFilter>
{
    public OrderFilterValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.PartnerAccountId).NotEqual(Guid.Empty);
    }
}

/// <summary>A row of the orders CSV export: the list's columns, flat.</summary>
public sealed record OrderExportRow(
    [ExportColumn("Created")] DateTime CreatedAt,
    [ExportColumn("Number")] string Number,
    [ExportColumn("Status")] OrderStatus Status,
    [ExportColumn("Partner")] string? PartnerName,
    [ExportColumn("Lines")] int LineCount,
    [ExportColumn("Subtotal")] decimal Subtotal,
    [ExportColumn("Total")] decimal Total,
    [ExportColumn("Currency")] string Currency,
    [ExportColumn("Submitted")] DateTime? SubmittedAt,
    [ExportColumn("Id")] Guid Id);
