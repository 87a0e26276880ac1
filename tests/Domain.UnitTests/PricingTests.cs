using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Pricing;
using Shouldly;
using Xunit;

namespace PartnerPortal.Domain.UnitTests;

public sealed class PricingTests
{
    [Theory]
    [InlineData("crm-pro", "CRM-PRO")]
    [InlineData("  Crm_Pro.2 ", "CRM_PRO.2")]
    [InlineData("SKU1", "SKU1")]
    public void ProductCode_IsTrimmedAndUpperCased(string input, string expected)
    {
        Product.NormalizeCode(input).ShouldBe(expected);
        Product.Create(input, "CRM Professional", "licence", 100).Code.ShouldBe(expected);
    }

    [Theory]
    [InlineData("CRM PRO")]
    [InlineData("CRM/PRO")]
    [InlineData("CRMÉ")]
    public void ProductCode_RefusesOtherCharacters(string input) =>
        Should.Throw<DomainRuleException>(() => Product.NormalizeCode(input)).Code.ShouldBe(ProblemCodes.ProductCodeInvalid);

    [Theory]
    [InlineData(null)]
    [InlineData("   ")]
    public void ProductCode_IsRequired(string? input) =>
        Should.Throw<DomainRuleException>(() => Product.NormalizeCode(input)).Code.ShouldBe(ProblemCodes.Required);

    [Fact]
    public void ProductCode_HasAMaximumLength() =>
        Should.Throw<DomainRuleException>(() => Product.NormalizeCode(new string('A', Product.MaxCodeLength + 1))).Code.ShouldBe(ProblemCodes.TooLong);

    [Fact]
    public void Product_NormalizesItsNameForThePrefixSearch_AndStartsActive()
    {
        var product = Product.Create("crm", "  Crm Professional ", " licence ", 0);
        product.Name.ShouldBe("Crm Professional");
        product.NormalizedName.ShouldBe("CRM PROFESSIONAL");
        product.Unit.ShouldBe("licence");
        product.IsActive.ShouldBeTrue();
        product.Deactivate();
        product.IsActive.ShouldBeFalse();
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(Money.MaxEntryMinor + 1)]
    public void Prices_AreBetweenZeroAndTheMaximum(long minor)
    {
        Should.Throw<DomainRuleException>(() => Product.Create("A", "A", "pcs", minor)).Code.ShouldBe(ProblemCodes.PriceInvalid);
        var list = PriceList.Create("Base", PriceListKind.Base, null, null);
        Should.Throw<DomainRuleException>(() => list.SetPrice(Product.Create("A", "A", "pcs", 0), minor)).Code.ShouldBe(ProblemCodes.PriceInvalid);
    }

    [Fact]
    public void APriceList_HoldsOneLinePerProduct_SettingAgainChangesIt()
    {
        var product = Product.Create("A", "A", "pcs", 1000);
        var list = PriceList.Create("Partner Bronze", PriceListKind.Level, Guid.NewGuid(), null);
        var first = list.SetPrice(product, 900);
        var again = list.SetPrice(product, 850);

        again.ShouldBeSameAs(first);
        list.Lines.Count.ShouldBe(1);
        list.Lines[0].PriceMinor.ShouldBe(850);
        list.Lines[0].PriceListId.ShouldBe(list.Id);
    }

    [Fact]
    public void AnInactiveProduct_GetsNoNewLine_ButItsExistingLineCanChange()
    {
        var product = Product.Create("A", "A", "pcs", 1000);
        var list = PriceList.Create("Base", PriceListKind.Base, null, null);
        list.SetPrice(product, 900);
        product.Deactivate();
        list.SetPrice(product, 800).PriceMinor.ShouldBe(800);

        var other = PriceList.Create("Other", PriceListKind.Personal, null, Guid.NewGuid());
        Should.Throw<DomainRuleException>(() => other.SetPrice(product, 700)).Code.ShouldBe(ProblemCodes.ProductInactive);
    }

    [Fact]
    public void RemovingALine_TheListDoesNotHave_IsRefused()
    {
        var product = Product.Create("A", "A", "pcs", 1000);
        var list = PriceList.Create("Base", PriceListKind.Base, null, null);
        list.SetPrice(product, 900);
        list.RemovePrice(product.Id);
        list.Lines.ShouldBeEmpty();
        Should.Throw<DomainRuleException>(() => list.RemovePrice(product.Id)).Code.ShouldBe(ProblemCodes.PriceListLineNotFound);
    }

    [Fact]
    public void ThePriceListScope_MatchesItsKind()
    {
        var level = Guid.NewGuid();
        var account = Guid.NewGuid();
        PriceList.Create("Base", PriceListKind.Base, null, null).ScopeKey.ShouldBe("base");
        PriceList.Create("Bronze", PriceListKind.Level, level, null).ScopeKey.ShouldBe($"level:{level}");
        PriceList.Create("Northwind", PriceListKind.Personal, null, account).ScopeKey.ShouldBe($"account:{account}");
        PriceList.ScopeKeyOf(PriceListKind.Level, level, null).ShouldBe($"level:{level}");

        foreach (var (kind, levelId, accountId) in new (PriceListKind, Guid?, Guid?)[]
                 {
                     (PriceListKind.Base, level, null), (PriceListKind.Level, null, null), (PriceListKind.Level, level, account),
                     (PriceListKind.Personal, null, null), (PriceListKind.Personal, level, null),
                 })
        {
            Should.Throw<DomainRuleException>(() => PriceList.Create("X", kind, levelId, accountId)).Code.ShouldBe(ProblemCodes.PriceListScopeInvalid);
        }
    }
}
