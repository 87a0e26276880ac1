using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Orders;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Domain.UnitTests;

public sealed class OrderTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly OrderActor Employee = new(Guid.NewGuid(), "Max Manager", false, Now);
    private static readonly OrderActor Partner = new(Guid.NewGuid(), "Pia Partner", true, Now.AddHours(1));

    [Theory]
    [InlineData(3, 3_335L, 10d, 9_005L)] // 100.05 × 0.9 = 90.045 → 90.05 (half away from zero)
    [InlineData(7, 1_999L, 10d, 12_594L)] // 139.93 × 0.9 = 125.937 → 125.94
    [InlineData(1, 805L, 10d, 725L)] // 8.05 × 0.9 = 7.245 → 7.25
    [InlineData(1, 1L, 50d, 1L)] // 0.005 → 0.01
    [InlineData(3, 333L, 33.33d, 666L)] // 9.99 × 0.6667 = 6.660333 → 6.66
    [InlineData(2, 7_000L, 0d, 14_000L)]
    [InlineData(5, 123L, 100d, 0L)]
    [InlineData(10_000, 100_000_000_000L, 0d, 1_000_000_000_000_000L)]
    public void LineTotal_IsQuantityTimesPriceLessTheDiscount_RoundedToTheCentHalfAwayFromZero(int quantity, long price, double discount, long total) =>
        Order.LineTotal(quantity, price, (decimal)discount).ShouldBe(total);

    [Fact]
    public void Lines_CarryTheirPriceSource_TheMarginDefault_AndTheTotalsFollowEveryChange()
    {
        var order = Order.Create(Guid.NewGuid(), "eur", Partner);
        order.Number.ShouldStartWith("ORD-20261130-");
        order.Number.Length.ShouldBe(23, "ten random hex digits a day");
        order.Currency.ShouldBe("EUR");
        var list = Guid.NewGuid();
        var a = order.AddLine(Guid.NewGuid(), "A", "Product A", 3, new LinePrice(3_335, PriceSource.LevelList, list, 10m), Partner);
        var b = order.AddLine(Guid.NewGuid(), "B", "Product B", 2, new LinePrice(7_000, PriceSource.ProductPrice, null, 10m), Partner);
        a.PriceSource.ShouldBe(PriceSource.LevelList);
        a.PriceListId.ShouldBe(list);
        a.DiscountPercent.ShouldBe(10m);
        order.SubtotalMinor.ShouldBe(10_005 + 14_000);
        order.TotalMinor.ShouldBe(9_005 + 12_600);
        order.DiscountMinor.ShouldBe(order.SubtotalMinor - order.TotalMinor);

        order.ChangeQuantity(a.Id, 5, Partner);
        a.UnitPriceMinor.ShouldBe(3_335, "a quantity change keeps the line's price");
        a.TotalMinor.ShouldBe(15_008); // 166.75 × 0.9 = 150.075 → 150.08
        order.OverrideDiscount(b.Id, 25m, "Launch deal", Employee);
        b.DiscountPercent.ShouldBe(25m);
        b.DefaultDiscountPercent.ShouldBe(10m);
        b.DiscountOverrideReason.ShouldBe("Launch deal");
        b.DiscountOverriddenBy.ShouldBe("Max Manager");
        b.TotalMinor.ShouldBe(10_500);
        order.TotalMinor.ShouldBe(15_008 + 10_500);
        order.RemoveLine(a.Id, Partner);
        order.TotalMinor.ShouldBe(10_500);
        order.SubtotalMinor.ShouldBe(14_000);
        order.History.Count.ShouldBe(6);
    }

    [Fact]
    public void LineRules_RefuseBadQuantities_DiscountsAndDuplicates_AndAPartnersOverride()
    {
        var order = Order.Create(Guid.NewGuid(), "EUR", Partner);
        var product = Guid.NewGuid();
        var price = new LinePrice(100, PriceSource.BaseList, null, 10m);
        Should.Throw<DomainRuleException>(() => order.AddLine(product, "P", "P", 0, price, Partner)).Code.ShouldBe(ProblemCodes.OrderQuantityInvalid);
        Should.Throw<DomainRuleException>(() => order.AddLine(product, "P", "P", Order.MaxQuantity + 1, price, Partner)).Code.ShouldBe(ProblemCodes.OrderQuantityInvalid);
        var line = order.AddLine(product, "P", "P", 1, price, Partner);
        var duplicate = Should.Throw<DomainRuleException>(() => order.AddLine(product, "P", "P", 1, price, Partner));
        duplicate.Code.ShouldBe(ProblemCodes.OrderLineExists);
        duplicate.IsConflict.ShouldBeTrue();
        Should.Throw<DomainRuleException>(() => order.OverrideDiscount(line.Id, 20m, "Because", Partner)).Code.ShouldBe(ProblemCodes.OrderDiscountInvalid);
        Should.Throw<DomainRuleException>(() => order.OverrideDiscount(line.Id, 100.5m, "Because", Employee)).Code.ShouldBe(ProblemCodes.OrderDiscountInvalid);
        Should.Throw<DomainRuleException>(() => order.OverrideDiscount(line.Id, 10.555m, "Because", Employee)).Code.ShouldBe(ProblemCodes.OrderDiscountInvalid);
        Should.Throw<DomainRuleException>(() => order.OverrideDiscount(line.Id, 20m, " ", Employee));
        Should.Throw<DomainRuleException>(() => order.ChangeQuantity(Guid.NewGuid(), 2, Partner)).Code.ShouldBe(ProblemCodes.OrderLineNotFound);
    }

    [Fact]
    public void Status_RunsDraftSubmittedConfirmedDelivered_LinesChangeOnlyOnADraft_AndCancelHasItsLimits()
    {
        var order = Order.Create(Guid.NewGuid(), "EUR", Partner);
        Should.Throw<DomainRuleException>(() => order.Submit(Partner)).Code.ShouldBe(ProblemCodes.OrderEmpty);
        Should.Throw<DomainRuleException>(() => order.Confirm(Employee)).Code.ShouldBe(ProblemCodes.OrderStatusInvalid);
        var line = order.AddLine(Guid.NewGuid(), "P", "P", 1, new LinePrice(100, PriceSource.BaseList, null, 0m), Partner);
        order.Submit(Partner);
        order.Status.ShouldBe(OrderStatus.Submitted);
        order.SubmittedAt.ShouldBe(Partner.At);
        Should.Throw<DomainRuleException>(() => order.ChangeQuantity(line.Id, 2, Partner)).Code.ShouldBe(ProblemCodes.OrderStatusInvalid);
        Should.Throw<DomainRuleException>(() => order.RemoveLine(line.Id, Employee)).Code.ShouldBe(ProblemCodes.OrderStatusInvalid);
        Should.Throw<DomainRuleException>(() => order.Deliver(Employee)).Code.ShouldBe(ProblemCodes.OrderStatusInvalid);
        order.Confirm(Employee);
        Should.Throw<DomainRuleException>(() => order.Cancel(null, Partner)).Code.ShouldBe(ProblemCodes.OrderStatusInvalid);
        order.Deliver(Employee);
        order.Status.ShouldBe(OrderStatus.Delivered);
        Should.Throw<DomainRuleException>(() => order.Cancel("Too late", Employee)).IsConflict.ShouldBeTrue();

        var confirmed = Order.Create(Guid.NewGuid(), "EUR", Partner);
        confirmed.AddLine(Guid.NewGuid(), "P", "P", 1, new LinePrice(100, PriceSource.BaseList, null, 0m), Partner);
        confirmed.Submit(Partner);
        confirmed.Confirm(Employee);
        confirmed.Cancel("Customer withdrew", Employee);
        confirmed.Status.ShouldBe(OrderStatus.Cancelled);
        confirmed.History[^1].Note.ShouldBe("Customer withdrew");
        var draft = Order.Create(Guid.NewGuid(), "EUR", Partner);
        draft.Cancel(null, Partner);
        draft.Status.ShouldBe(OrderStatus.Cancelled);
    }

    [Fact]
    public void OnlyAWonPartnerOpportunity_BecomesAnOrder()
    {
        var partner = Guid.NewGuid();
        var actor = new OpportunityActor(Guid.NewGuid(), "Max Manager", false, Now);
        var opportunity = Opportunity.Create(new OpportunityDetails("Deal", null, "Customer", 100, null, null, null), "EUR", partner, null, Guid.NewGuid(), actor);
        var notWon = Should.Throw<DomainRuleException>(() => Order.FromOpportunity(opportunity, Employee));
        notWon.Code.ShouldBe(ProblemCodes.OpportunityNotWon);
        notWon.IsConflict.ShouldBeTrue();
        opportunity.ChangeStage(OpportunityStage.ClosedWon, actor);
        var order = Order.FromOpportunity(opportunity, Employee);
        order.AccountId.ShouldBe(partner);
        order.OpportunityId.ShouldBe(opportunity.Id);
        order.Status.ShouldBe(OrderStatus.Draft);
        order.History.Single().What.ShouldBe("Created from the won opportunity \"Deal\"");

        var own = Opportunity.Create(new OpportunityDetails("Own", null, "Customer", 100, null, null, null), "EUR", null, null, Guid.NewGuid(), actor);
        own.ChangeStage(OpportunityStage.ClosedWon, actor);
        Should.Throw<DomainRuleException>(() => Order.FromOpportunity(own, Employee)).Code.ShouldBe(ProblemCodes.OrderPartnerInvalid);
    }
}
