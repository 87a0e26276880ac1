using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Domain.UnitTests;

public sealed class PartnershipTests
{
    private readonly ProgramBuilder _program = new();

    [Fact]
    public void Create_CopiesBenefitsAsCurrentAndObligationsAsTargetPlusCurrent()
    {
        var partnership = Create(_program.Bronze());

        partnership.Parameters.Count(p => p.Kind == ParameterKind.Benefit && p.Role == ParameterRole.Current).ShouldBe(1);
        partnership.Parameters.Count(p => p.Kind == ParameterKind.Obligation && p.Role == ParameterRole.Target).ShouldBe(2);
        partnership.Parameters.Count(p => p.Kind == ParameterKind.Obligation && p.Role == ParameterRole.Current).ShouldBe(2);
        partnership.Parameters.Where(p => p.Role == ParameterRole.Current && p.Kind == ParameterKind.Obligation)
            .ShouldAllBe(p => p.Value.Numeric == 0 && p.Score == 0);
        partnership.CurrentScore.ShouldBe(0);
        partnership.ScoreLeft.ShouldBe(80);
        partnership.Name.ShouldBe("Northwind 2026");
    }

    [Fact]
    public void Create_WritesOneOpenHistoryEntryPerParameter()
    {
        var partnership = Create(_program.Bronze());

        partnership.History.Count.ShouldBe(partnership.Parameters.Count);
        partnership.History.ShouldAllBe(h => h.ValidTo == null && h.ValidFrom == ProgramBuilder.Now);
    }

    [Fact]
    public void Create_ForCustomerAccount_IsRefused()
    {
        var customer = Account.Create("Litware", AccountType.Customer, null, null, null);

        var error = Should.Throw<DomainRuleException>(() => Partnership.Create(
            customer, _program.Reseller, _program.Bronze(), null, ProgramBuilder.Since, ProgramBuilder.Since.AddYears(1), true, ProgramBuilder.Now, "test"));

        error.Code.ShouldBe("account_not_partner");
    }

    [Fact]
    public void Create_WithLevelOfAnotherType_IsRefused()
    {
        var consultant = PartnerType.Create("Consultant", null);

        var error = Should.Throw<DomainRuleException>(() => Partnership.Create(
            _program.Partner, consultant, _program.Bronze(), null, ProgramBuilder.Since, ProgramBuilder.Since.AddYears(1), true, ProgramBuilder.Now, "test"));

        error.Code.ShouldBe("level_type_mismatch");
    }

    [Fact]
    public void SetCurrentValue_WorkedExample_Scores64Then80()
    {
        var partnership = Create(_program.Bronze());

        SetCurrent(partnership, _program.Leads, 6);
        SetCurrent(partnership, _program.Amount, 100_000);

        partnership.CurrentScore.ShouldBe(64);
        partnership.ScoreLeft.ShouldBe(16);

        SetCurrent(partnership, _program.Leads, 10);

        partnership.CurrentScore.ShouldBe(80);
        partnership.ScoreLeft.ShouldBe(0);
    }

    [Fact]
    public void SetCurrentValue_ClosesTheOldHistoryEntryAndOpensANewOne()
    {
        var partnership = Create(_program.Bronze());
        var later = ProgramBuilder.Now.AddDays(3);
        var leads = CurrentOf(partnership, _program.Leads);

        partnership.SetCurrentValue(leads.Id, ProgramBuilder.Number(ParameterValueType.Integer, 6), later, "max");

        var entries = partnership.History.Where(h => h.ParameterId == leads.Id).OrderBy(h => h.ValidFrom).ToList();
        entries.Count.ShouldBe(2);
        entries[0].ValidTo.ShouldBe(later);
        entries[1].ValidTo.ShouldBeNull();
        entries[1].Value.Numeric.ShouldBe(6);
        entries[1].Score.ShouldBe(24);
        entries[1].ChangedBy.ShouldBe("max");
    }

    [Fact]
    public void SetCurrentValue_OnTargetOrBenefit_IsRefused()
    {
        var partnership = Create(_program.Bronze());
        var target = partnership.Parameters.First(p => p.Role == ParameterRole.Target);

        var error = Should.Throw<DomainRuleException>(() =>
            partnership.SetCurrentValue(target.Id, ProgramBuilder.Number(target.Value.Type, 1), ProgramBuilder.Now, null));

        error.Code.ShouldBe("parameter_not_editable");
    }

    [Fact]
    public void OverrideLevel_ReplacesTargetsAndBenefits_KeepsReachedValuesOfSharedCategories()
    {
        var partnership = Create(_program.Bronze());
        SetCurrent(partnership, _program.Leads, 10);
        SetCurrent(partnership, _program.Amount, 50_000);
        var silver = _program.Silver();

        partnership.OverrideLevel(silver, "Contract signed early", ProgramBuilder.Now.AddDays(1), "max");

        partnership.PartnerLevelId.ShouldBe(silver.Id);
        partnership.TargetScore.ShouldBe(120);
        CurrentOf(partnership, _program.Leads).Value.Numeric.ShouldBe(10);
        partnership.Parameters.ShouldNotContain(p => p.CategoryId == _program.Amount.Id);
        CurrentOf(partnership, _program.Certified).Value.Numeric.ShouldBe(0);
        partnership.Parameters.Single(p => p.CategoryId == _program.Margin.Id).Value.Numeric.ShouldBe(15);
        partnership.CurrentScore.ShouldBe(24); // round(60 * 10 / 25)
        partnership.History.Where(h => h.CategoryId == _program.Amount.Id).ShouldAllBe(h => h.ValidTo != null);
        var overridden = partnership.Events.Single(e => e.Kind == PartnershipEventKind.LevelOverridden);
        overridden.Reason.ShouldBe("Contract signed early");
        overridden.ToLevelId.ShouldBe(silver.Id);
    }

    [Fact]
    public void OverrideLevel_WithoutAReason_IsRefused()
    {
        var partnership = Create(_program.Bronze());

        Should.Throw<DomainRuleException>(() => partnership.OverrideLevel(_program.Silver(), " ", ProgramBuilder.Now, "max")).Code.ShouldBe("required");
    }

    [Fact]
    public void ReapplyingAnUnchangedLevel_ChangesNothing_AndWritesNoHistory()
    {
        var bronze = _program.Bronze();
        var partnership = Create(bronze);
        SetCurrent(partnership, _program.Leads, 6);
        var history = partnership.History.Count;
        var version = partnership.Version;

        partnership.ReapplyLevel(bronze, ProgramBuilder.Now.AddDays(1), "admin").ShouldBeFalse();

        partnership.History.Count.ShouldBe(history);
        partnership.History.ShouldAllBe(h => h.ValidTo == null || h.CategoryId == _program.Leads.Id);
        partnership.Version.ShouldBe(version);
    }

    [Fact]
    public void Update_WithDueBeforeStart_IsRefused()
    {
        var partnership = Create(_program.Bronze());

        var error = Should.Throw<DomainRuleException>(() => partnership.Update("x", new DateOnly(2026, 5, 1), new DateOnly(2026, 4, 30)));

        error.Code.ShouldBe("period_invalid");
    }

    [Fact]
    public void DefaultDueDate_IsOneYearMinusOneDay()
    {
        Partnership.DefaultDueDate(new DateOnly(2026, 11, 26)).ShouldBe(new DateOnly(2027, 11, 25));
    }

    private Partnership Create(PartnerLevel level) =>
        Partnership.Create(_program.Partner, _program.Reseller, level, null, ProgramBuilder.Since, Partnership.DefaultDueDate(ProgramBuilder.Since), true, ProgramBuilder.Now, "test");

    private static PartnershipParameter CurrentOf(Partnership partnership, ParameterCategory category) =>
        partnership.Parameters.Single(p => p.CategoryId == category.Id && p.Role == ParameterRole.Current);

    private static void SetCurrent(Partnership partnership, ParameterCategory category, decimal value)
    {
        var current = CurrentOf(partnership, category);
        partnership.SetCurrentValue(current.Id, ProgramBuilder.Number(current.Value.Type, value), ProgramBuilder.Now, "test");
    }
}

public sealed class PromotionTests
{
    private readonly ProgramBuilder _program = new();

    [Fact]
    public void Promote_WhenTheTargetIsReached_MovesUp_AndRestartsProgressKeepingItInHistory()
    {
        var partnership = Eligible(out var leadsId);
        var silver = _program.Silver();

        partnership.Promote(silver, resetProgress: true, ProgramBuilder.Now.AddDays(1), "max");

        partnership.PartnerLevelId.ShouldBe(silver.Id);
        partnership.CurrentScore.ShouldBe(0);
        partnership.ScoreLeft.ShouldBe(120);
        partnership.History.ShouldContain(h => h.ParameterId == leadsId && h.Value.Numeric == 10 && h.ValidTo != null);
    }

    [Fact]
    public void Promote_WithoutReset_KeepsTheReachedValues()
    {
        var partnership = Eligible(out _);

        partnership.Promote(_program.Silver(), resetProgress: false, ProgramBuilder.Now.AddDays(1), "max");

        partnership.CurrentScore.ShouldBe(24); // 10 of 25 leads at 60 points
    }

    [Fact]
    public void Promote_BeforeTheTarget_IsRefused()
    {
        var partnership = Partnership.Create(
            _program.Partner, _program.Reseller, _program.Bronze(), null, ProgramBuilder.Since, ProgramBuilder.Since.AddYears(1), true, ProgramBuilder.Now, "t");

        Should.Throw<DomainRuleException>(() => partnership.Promote(_program.Silver(), true, ProgramBuilder.Now, "t")).Code.ShouldBe("not_eligible_for_promotion");
    }

    private Partnership Eligible(out Guid leadsId)
    {
        var partnership = Partnership.Create(
            _program.Partner, _program.Reseller, _program.Bronze(), null, ProgramBuilder.Since, ProgramBuilder.Since.AddYears(1), true, ProgramBuilder.Now, "t");
        var currents = partnership.Parameters.Where(p => p.Role == ParameterRole.Current && p.Kind == ParameterKind.Obligation).ToList();
        leadsId = currents.Single(p => p.CategoryId == _program.Leads.Id).Id;
        partnership.SetCurrentValue(leadsId, ProgramBuilder.Number(ParameterValueType.Integer, 10), ProgramBuilder.Now, "t");
        var amount = currents.Single(p => p.CategoryId == _program.Amount.Id);
        partnership.SetCurrentValue(amount.Id, ProgramBuilder.Number(ParameterValueType.Decimal, 100_000), ProgramBuilder.Now, "t");
        partnership.CurrentScore.ShouldBe(80);
        return partnership;
    }
}
