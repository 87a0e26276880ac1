using System.Globalization;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.Orders;

/// <summary>
/// An order's life: Draft → Submitted → Confirmed → Delivered, or Cancelled from Draft, Submitted or Confirmed.
/// Delivered and Cancelled are final.
/// </summary>
public enum OrderStatus
{
    Draft,
    Submitted,
    Confirmed,
    Delivered,
    Cancelled,
}

/// <summary>Who changed an order, and when: an employee, a partner's portal user, or the system.</summary>
public readonly record struct OrderActor(Guid? Id, string? Name, bool IsPartner, DateTime At);

/// <summary>An order moved to another status (D12: the other side is told; issue 10).</summary>
public sealed record OrderStatusChanged(
    Guid OrderId, Guid AccountId, string Number, OrderStatus From, OrderStatus To, bool ByPartner, string? By, string? Note, string Total) : IDomainEvent;

/// <summary>
/// A line's price as the price chain decided it when the line was added (issue 10): the unit price in minor units, its
/// source and list, and the default discount (the partnership's Margin benefit, D6; 0 without one).
/// </summary>
public readonly record struct LinePrice(long UnitPriceMinor, PriceSource Source, Guid? PriceListId, decimal DefaultDiscountPercent);

/// <summary>
/// A partner's order (DOMAIN: Order; issue 10). Belongs to the partner account <see cref="AccountId"/> (the isolation
/// column, ADR-004), optionally made from a won opportunity. Lines change only while it is a draft; each line keeps the
/// price the chain gave when it was added (a quantity change keeps it; removing and adding the product again
/// re-prices it) and its discount: the partner's margin by default, or an employee's override with a reason (D6).
/// Totals are integer minor units (ADR-007). Every change appends to <see cref="History"/>.
/// </summary>
public sealed class Order : AggregateRoot
{
    public const int NumberMaxLength = 32;
    public const int ReasonMaxLength = 1000;
    public const int MaxQuantity = 10_000;
    public const int MaxLines = 100;

    private readonly List<OrderLine> _lines = [];
    private readonly List<OrderEvent> _history = [];

    private Order()
    {
        Number = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>"ORD-20261130-3F9A2C": the day and six hex digits of the id; unique.</summary>
    public string Number { get; private set; }

    /// <summary>The partner account that orders (the isolation filter column).</summary>
    public Guid AccountId { get; private set; }

    public OrderStatus Status { get; private set; }

    /// <summary>The won opportunity this order was made from (at most one order per opportunity).</summary>
    public Guid? OpportunityId { get; private set; }

    public string Currency { get; private set; }

    /// <summary>Σ quantity × unit price, before discounts (minor units).</summary>
    public long SubtotalMinor { get; private set; }

    /// <summary>Σ line totals: what the partner pays (minor units).</summary>
    public long TotalMinor { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public DateTime? SubmittedAt { get; private set; }

    /// <summary>When the vendor confirmed the order: a confirmed or delivered order counts to "Total sales" from then (D3).</summary>
    public DateTime? ConfirmedAt { get; private set; }

    /// <summary>Changes with every change, so two concurrent changes cannot both be saved (the second gets 409).</summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<OrderLine> Lines => _lines;

    /// <summary>Entries added by this unit of work; handlers never load past ones.</summary>
    public IReadOnlyList<OrderEvent> History => _history;

    public long DiscountMinor => SubtotalMinor - TotalMinor;

    /// <summary>A draft order for a partner account.</summary>
    public static Order Create(Guid accountId, string currency, OrderActor actor)
    {
        if (accountId == Guid.Empty)
        {
            throw new DomainRuleException(ProblemCodes.OrderPartnerInvalid, "An order belongs to a partner account.");
        }

        var id = Guid.CreateVersion7();
        var order = new Order
        {
            Id = id,
            Number = NumberOf(id, actor.At),
            AccountId = accountId,
            Status = OrderStatus.Draft,
            Currency = Guard.Required(currency, "Currency", 3).ToUpperInvariant(),
            CreatedAt = actor.At,
        };
        order.Record(actor, "Created", null);
        return order;
    }

    /// <summary>A won partner opportunity becomes a draft order for its partner (409 <c>opportunity_not_won</c> otherwise).</summary>
    public static Order FromOpportunity(Opportunity opportunity, OrderActor actor)
    {
        if (opportunity.Stage != OpportunityStage.ClosedWon)
        {
            throw new DomainRuleException(ProblemCodes.OpportunityNotWon, "Only a won opportunity becomes an order.", isConflict: true);
        }

        if (opportunity.AccountId is not { } partner)
        {
            throw new DomainRuleException(ProblemCodes.OrderPartnerInvalid, "Only a partner's opportunity becomes a partner order.");
        }

        var order = Create(partner, opportunity.Currency, actor);
        order.OpportunityId = opportunity.Id;
        order._history.Clear();
        order.Record(actor, $"Created from the won opportunity \"{opportunity.Name}\"", null);
        return order;
    }

    /// <summary>
    /// "ORD-yyyyMMdd-XXXXXXXXXX" from the creation day and ten random hex digits of the id (40 bits: with six, a day of a
    /// few thousand orders already risked two equal numbers, which the unique index refuses).
    /// </summary>
    public static string NumberOf(Guid id, DateTime at) =>
        $"ORD-{at.ToString("yyyyMMdd", CultureInfo.InvariantCulture)}-{id.ToString("N")[^10..].ToUpperInvariant()}";

    /// <summary>
    /// D6: quantity × unit price less the discount %, rounded to the cent half away from zero.
    /// </summary>
    public static long LineTotal(int quantity, long unitPriceMinor, decimal discountPercent) =>
        (long)Math.Round(quantity * unitPriceMinor * (1m - (discountPercent / 100m)), 0, MidpointRounding.AwayFromZero);

    /// <summary>Adds a product at the price the chain gave; one line per product (409 <c>order_line_exists</c>).</summary>
    public OrderLine AddLine(Guid productId, string productCode, string productName, int quantity, LinePrice price, OrderActor actor)
    {
        EnsureDraft();
        if (_lines.Any(l => l.ProductId == productId))
        {
            throw new DomainRuleException(ProblemCodes.OrderLineExists, $"{productCode} is on the order already; change its quantity.", isConflict: true);
        }

        if (_lines.Count >= MaxLines)
        {
            throw new DomainRuleException(ProblemCodes.OrderTooManyLines, $"An order has at most {MaxLines} lines.");
        }

        var line = new OrderLine(Id, AccountId, productId, productCode, productName, CheckedQuantity(quantity), price);
        _lines.Add(line);
        Recalculate();
        Record(actor, $"Added {quantity} × {productCode} at {FormatMoney(price.UnitPriceMinor)} ({PriceSources.Label(price.Source)})", null);
        return line;
    }

    /// <summary>Changes a line's quantity; its unit price and discount stay.</summary>
    public void ChangeQuantity(Guid lineId, int quantity, OrderActor actor)
    {
        EnsureDraft();
        var line = Line(lineId);
        var next = CheckedQuantity(quantity);
        if (next == line.Quantity)
        {
            return;
        }

        var from = line.Quantity;
        line.SetQuantity(next);
        Recalculate();
        Record(actor, $"{line.ProductCode}: quantity {from} → {next}", null);
    }

    /// <summary>D6: an employee overrides a line's discount (0–100 %, two decimals) with a reason; a partner may not (422).</summary>
    public void OverrideDiscount(Guid lineId, decimal percent, string reason, OrderActor actor)
    {
        EnsureDraft();
        if (actor.IsPartner)
        {
            throw new DomainRuleException(ProblemCodes.OrderDiscountInvalid, "Only an employee overrides a line's discount.");
        }

        var line = Line(lineId);
        var note = Guard.Required(reason, "Reason", ReasonMaxLength);
        var next = CheckedDiscount(percent);
        var from = line.DiscountPercent;
        line.Override(next, note, actor);
        Recalculate();
        Record(actor, $"{line.ProductCode}: discount {Percent(from)} → {Percent(next)}", note);
    }

    public void RemoveLine(Guid lineId, OrderActor actor)
    {
        EnsureDraft();
        var line = Line(lineId);
        _lines.Remove(line);
        Recalculate();
        Record(actor, $"Removed {line.ProductCode}", null);
    }

    /// <summary>Draft → Submitted; an order without lines is not submitted (422 <c>order_empty</c>).</summary>
    public void Submit(OrderActor actor)
    {
        EnsureDraft();
        if (_lines.Count == 0)
        {
            throw new DomainRuleException(ProblemCodes.OrderEmpty, "Add at least one line before submitting.");
        }

        SubmittedAt = actor.At;
        Move(OrderStatus.Submitted, actor, null);
    }

    /// <summary>Submitted → Confirmed (an employee).</summary>
    public void Confirm(OrderActor actor)
    {
        EnsureStatus(OrderStatus.Submitted, "Only a submitted order is confirmed.");
        Move(OrderStatus.Confirmed, actor, null);
    }

    /// <summary>Confirmed → Delivered (an employee).</summary>
    public void Deliver(OrderActor actor)
    {
        EnsureStatus(OrderStatus.Confirmed, "Only a confirmed order is delivered.");
        Move(OrderStatus.Delivered, actor, null);
    }

    /// <summary>Draft, Submitted or Confirmed → Cancelled; a partner cancels only its draft or submitted order.</summary>
    public void Cancel(string? reason, OrderActor actor)
    {
        var allowed = actor.IsPartner ? Status is OrderStatus.Draft or OrderStatus.Submitted : Status is OrderStatus.Draft or OrderStatus.Submitted or OrderStatus.Confirmed;
        if (!allowed)
        {
            throw new DomainRuleException(
                ProblemCodes.OrderStatusInvalid,
                actor.IsPartner ? "You cancel only a draft or submitted order." : $"A {Status} order cannot be cancelled.",
                isConflict: true);
        }

        Move(OrderStatus.Cancelled, actor, Guard.Optional(reason, "Reason", ReasonMaxLength));
    }

    public string FormatMoney(long minor) => $"{(minor / 100m).ToString("N2", CultureInfo.InvariantCulture)} {Currency}";

    private static string Percent(decimal percent) => $"{percent.ToString("0.##", CultureInfo.InvariantCulture)} %";

    private static int CheckedQuantity(int quantity) => quantity is < 1 or > MaxQuantity
        ? throw new DomainRuleException(ProblemCodes.OrderQuantityInvalid, $"A quantity is a whole number from 1 to {MaxQuantity}.")
        : quantity;

    internal static decimal CheckedDiscount(decimal percent) => percent is < 0 or > 100 || decimal.Round(percent, 2) != percent
        ? throw new DomainRuleException(ProblemCodes.OrderDiscountInvalid, "A discount is 0 to 100 %, with at most two decimals.")
        : percent;

    private OrderLine Line(Guid lineId) => _lines.FirstOrDefault(l => l.Id == lineId)
        ?? throw new DomainRuleException(ProblemCodes.OrderLineNotFound, "The order has no such line.");

    private void EnsureDraft() => EnsureStatus(OrderStatus.Draft, "Only a draft order changes its lines.");

    private void EnsureStatus(OrderStatus status, string message)
    {
        if (Status != status)
        {
            throw new DomainRuleException(ProblemCodes.OrderStatusInvalid, $"{message} This one is {Status}.", isConflict: true);
        }
    }

    private void Move(OrderStatus to, OrderActor actor, string? note)
    {
        var from = Status;
        Status = to;
        Record(actor, $"Status {from} → {to}", note);
        Raise(new OrderStatusChanged(Id, AccountId, Number, from, to, actor.IsPartner, actor.Name, note, FormatMoney(TotalMinor)));
        if (to == OrderStatus.Confirmed)
        {
            ConfirmedAt = actor.At;
        }

        if (to == OrderStatus.Confirmed || (to == OrderStatus.Cancelled && from is OrderStatus.Confirmed or OrderStatus.Delivered))
        {
            Raise(new TierInputChanged(AccountId, to == OrderStatus.Confirmed ? "Order confirmed" : "Confirmed order cancelled"));
        }
    }

    private void Recalculate()
    {
        SubtotalMinor = _lines.Sum(l => l.Quantity * l.UnitPriceMinor);
        TotalMinor = _lines.Sum(l => l.TotalMinor);
    }

    private void Record(OrderActor actor, string what, string? note)
    {
        _history.Add(new OrderEvent(Id, AccountId, actor, Status, what.Length <= OrderEvent.WhatMaxLength ? what : what[..OrderEvent.WhatMaxLength], note));
        UpdatedAt = actor.At;
        Version = Guid.NewGuid();
    }
}

/// <summary>
/// One product on an order: quantity, the unit price with its source (issue 10: the order shows where each price came
/// from), the discount (default the margin; an employee's override keeps who, when and why, D6) and the line total.
/// </summary>
public sealed class OrderLine
{
    private OrderLine()
    {
        ProductCode = string.Empty;
        ProductName = string.Empty;
    }

    internal OrderLine(Guid orderId, Guid accountId, Guid productId, string productCode, string productName, int quantity, LinePrice price)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        AccountId = accountId;
        ProductId = productId;
        ProductCode = productCode;
        ProductName = productName;
        Quantity = quantity;
        UnitPriceMinor = price.UnitPriceMinor >= 0
            ? price.UnitPriceMinor
            : throw new DomainRuleException(ProblemCodes.PriceInvalid, "A price is not negative.");
        PriceSource = price.Source;
        PriceListId = price.PriceListId;
        DefaultDiscountPercent = Order.CheckedDiscount(price.DefaultDiscountPercent);
        DiscountPercent = DefaultDiscountPercent;
        TotalMinor = Order.LineTotal(Quantity, UnitPriceMinor, DiscountPercent);
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The order's partner, copied for the isolation filter.</summary>
    public Guid AccountId { get; private set; }

    public Guid ProductId { get; private set; }

    /// <summary>The product's code and name when the line was added.</summary>
    public string ProductCode { get; private set; }

    public string ProductName { get; private set; }

    public int Quantity { get; private set; }

    public long UnitPriceMinor { get; private set; }

    public PriceSource PriceSource { get; private set; }

    /// <summary>The price list that priced it (null: the product's own price).</summary>
    public Guid? PriceListId { get; private set; }

    /// <summary>The partner's margin when the line was added (D6).</summary>
    public decimal DefaultDiscountPercent { get; private set; }

    public decimal DiscountPercent { get; private set; }

    /// <summary>Set when an employee overrode the discount (D6): who, when and why.</summary>
    public Guid? DiscountOverriddenById { get; private set; }

    public string? DiscountOverriddenBy { get; private set; }

    public DateTime? DiscountOverriddenAt { get; private set; }

    public string? DiscountOverrideReason { get; private set; }

    public long TotalMinor { get; private set; }

    internal void SetQuantity(int quantity)
    {
        Quantity = quantity;
        TotalMinor = Order.LineTotal(Quantity, UnitPriceMinor, DiscountPercent);
    }

    internal void Override(decimal percent, string reason, OrderActor actor)
    {
        DiscountPercent = percent;
        DiscountOverriddenById = actor.Id;
        DiscountOverriddenBy = actor.Name;
        DiscountOverriddenAt = actor.At;
        DiscountOverrideReason = reason;
        TotalMinor = Order.LineTotal(Quantity, UnitPriceMinor, DiscountPercent);
    }
}

/// <summary>One change of an order as people read it: appended, never changed.</summary>
public sealed class OrderEvent
{
    public const int WhatMaxLength = 1000;

    private OrderEvent()
    {
        What = string.Empty;
    }

    internal OrderEvent(Guid orderId, Guid accountId, OrderActor actor, OrderStatus status, string what, string? note)
    {
        Id = Guid.CreateVersion7();
        OrderId = orderId;
        AccountId = accountId;
        At = actor.At;
        By = actor.Name;
        ByPartner = actor.IsPartner;
        Status = status;
        What = what;
        Note = note;
    }

    public Guid Id { get; private set; }

    public Guid OrderId { get; private set; }

    /// <summary>The order's partner, for the isolation filter.</summary>
    public Guid AccountId { get; private set; }

    public DateTime At { get; private set; }

    public string? By { get; private set; }

    public bool ByPartner { get; private set; }

    public OrderStatus Status { get; private set; }

    public string What { get; private set; }

    public string? Note { get; private set; }
}
