using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Domain.UnitTests;

public sealed class PartnerLevelTests
{
    private readonly ProgramBuilder _program = new();

    [Fact]
    public void AddParameter_SameCategoryForOverlappingPeriod_IsAConflict()
    {
        var level = _program.Bronze();

        var error = Should.Throw<DomainRuleException>(() => level.AddParameter(
            ParameterKind.Obligation, _program.Leads, ProgramBuilder.Number(ParameterValueType.Integer, 5), 10, new DateOnly(2026, 3, 1), null));

        error.Code.ShouldBe("duplicate_category");
        error.IsConflict.ShouldBeTrue();
    }

    [Fact]
    public void AddParameter_SameCategoryForLaterPeriod_IsAllowed_AndOnlyTheEffectiveOneApplies()
    {
        var level = PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 1, 10, 0);
        level.AddParameter(ParameterKind.Obligation, _program.Leads, ProgramBuilder.Number(ParameterValueType.Integer, 5), 10, new DateOnly(2026, 1, 1), new DateOnly(2026, 6, 30));
        level.AddParameter(ParameterKind.Obligation, _program.Leads, ProgramBuilder.Number(ParameterValueType.Integer, 8), 10, new DateOnly(2026, 7, 1), null);

        var effective = level.EffectiveParameters(new DateOnly(2026, 8, 1)).ToList();

        effective.Count.ShouldBe(1);
        effective[0].Value.Numeric.ShouldBe(8);
    }

    [Fact]
    public void AddParameter_ObligationWithTextValue_IsRefused()
    {
        var level = PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 1, 10, 0);

        var error = Should.Throw<DomainRuleException>(() => level.AddParameter(
            ParameterKind.Obligation, _program.Leads, ParameterValue.Of(ParameterValueType.String, null, "many", null), 10, ProgramBuilder.Since, null));

        error.Code.ShouldBe("obligation_not_measurable");
    }

    [Fact]
    public void AddParameter_BenefitWithScore_IsRefused()
    {
        var level = PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 1, 10, 0);

        var error = Should.Throw<DomainRuleException>(() => level.AddParameter(
            ParameterKind.Benefit, _program.Margin, ProgramBuilder.Number(ParameterValueType.Decimal, 5), 10, ProgramBuilder.Since, null));

        error.Code.ShouldBe("benefit_has_score");
    }

    [Theory]
    [InlineData(0, 10, "level_number_invalid")]
    [InlineData(1, -1, "target_score_invalid")]
    public void Create_WithInvalidNumbers_IsRefused(int number, int target, string code)
    {
        var error = Should.Throw<DomainRuleException>(() => PartnerLevel.Create(_program.Reseller.Id, "Gold", null, number, target, 0));

        error.Code.ShouldBe(code);
    }

    [Fact]
    public void Create_SkippingANumber_IsRefused_WithoutANumberTheLevelGoesOnTop()
    {
        Should.Throw<DomainRuleException>(() => PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 2, 10, 0)).Code.ShouldBe("level_number_gap");
        PartnerLevel.Create(_program.Reseller.Id, "Gold", null, null, 0, 3).Number.ShouldBe(4);
    }

    [Fact]
    public void Update_ChangingTheNumber_IsRefused()
    {
        var level = PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 1, 10, 0);

        Should.Throw<DomainRuleException>(() => level.Update("Gold", null, 2, 10, isTopLevel: true, ProgramBuilder.Since)).Code.ShouldBe("level_number_fixed");
    }

    [Theory]
    [InlineData(ParameterValueType.Integer, 0, null)]
    [InlineData(ParameterValueType.Boolean, null, false)]
    public void AddParameter_ObligationThatCanNeverScore_IsRefused(ParameterValueType type, int? number, bool? flag)
    {
        var level = PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 1, 10, 0);

        var error = Should.Throw<DomainRuleException>(() => level.AddParameter(
            ParameterKind.Obligation, _program.Leads, ParameterValue.Of(type, number, null, flag), 10, ProgramBuilder.Since, null));

        error.Code.ShouldBe("obligation_target_unreachable");
    }

    [Fact]
    public void TargetAboveTheObligationsPoints_IsRefused_ExceptAtTheTopLevel()
    {
        var bronze = _program.Bronze(); // 80 points: 40 + 40
        var leads = bronze.Parameters.Single(p => p.CategoryId == _program.Leads.Id);

        Should.Throw<DomainRuleException>(() => bronze.Update("Bronze", null, null, 81, isTopLevel: false, ProgramBuilder.Since))
            .Code.ShouldBe("level_target_unreachable");
        Should.Throw<DomainRuleException>(() => bronze.RemoveParameter(leads.Id, isTopLevel: false, ProgramBuilder.Since))
            .Code.ShouldBe("level_target_unreachable");
        bronze.Update("Bronze", null, null, 500, isTopLevel: true, ProgramBuilder.Since);
        bronze.TargetScore.ShouldBe(500);
    }

    [Fact]
    public void ParameterValue_IntegerWithFraction_IsRefused()
    {
        var error = Should.Throw<DomainRuleException>(() => ParameterValue.Of(ParameterValueType.Integer, 2.5m, null, null));

        error.Code.ShouldBe("value_not_integer");
    }

    [Fact]
    public void ParameterValue_DisplaysByType()
    {
        ParameterValue.Of(ParameterValueType.Decimal, 10.50m, null, null).Display().ShouldBe("10.5");
        ParameterValue.Of(ParameterValueType.Boolean, null, null, true).Display().ShouldBe("Yes");
        ParameterValue.Of(ParameterValueType.List, null, "Partner Bronze", null).Display().ShouldBe("Partner Bronze");
    }

    [Fact]
    public void APriceListValue_CarriesTheListAndShowsItsName_AndAnUnmatchedOneKeepsItsText()
    {
        var list = Guid.NewGuid();
        var value = ParameterValue.OfPriceList(list, "Partner Bronze");

        (value.Type, value.PriceListId, value.Display()).ShouldBe((ParameterValueType.PriceList, (Guid?)list, "Partner Bronze"));
        value.Renamed("Bronze prices").ShouldBe(ParameterValue.OfPriceList(list, "Bronze prices"));
        ParameterValue.UnmatchedPriceList("Gold prices").Display().ShouldBe("Gold prices (no price list)");
        Should.Throw<DomainRuleException>(() => ParameterValue.Of(ParameterValueType.PriceList, null, "Partner Bronze", null)).Code.ShouldBe("value_required");
    }

    [Fact]
    public void ThePriceListMetric_TakesExactlyAPriceListReference()
    {
        var level = PartnerLevel.Create(_program.Reseller.Id, "Gold", null, 1, 10, 0);
        var prices = ParameterCategory.Create("Price list", null, MetricCode.PriceList, ParameterValueType.PriceList);
        var margin = ParameterCategory.Create("Margin", null, MetricCode.Margin, ParameterValueType.Decimal);
        var reference = ParameterValue.OfPriceList(Guid.NewGuid(), "Partner Gold");

        Should.Throw<DomainRuleException>(() => level.AddParameter(
                ParameterKind.Benefit, prices, ParameterValue.Of(ParameterValueType.String, null, "Partner Gold", null), 0, ProgramBuilder.Since, null))
            .Code.ShouldBe("price_list_value_type");
        Should.Throw<DomainRuleException>(() => level.AddParameter(ParameterKind.Benefit, margin, reference, 0, ProgramBuilder.Since, null))
            .Code.ShouldBe("price_list_value_type");
        Should.Throw<DomainRuleException>(() => ParameterCategory.Create("Prices", null, MetricCode.PriceList, ParameterValueType.List))
            .Code.ShouldBe("price_list_value_type");
        level.AddParameter(ParameterKind.Benefit, prices, reference, 0, ProgramBuilder.Since, null).Value.ShouldBe(reference);
    }
}
