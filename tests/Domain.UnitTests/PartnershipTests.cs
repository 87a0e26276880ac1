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

        partnership.SetCurrentValue(leads.Id, ProgramBuilder.Number(ParameterValueType.Integer, 6), false, null, later, "max");

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
            partnership.SetCurrentValue(target.Id, ProgramBuilder.Number(target.Value.Type, 1), false, null, ProgramBuilder.Now, null));

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
        partnership.SetCurrentValue(current.Id, ProgramBuilder.Number(current.Value.Type, value), false, null, ProgramBuilder.Now, "test");
    }
}

/// <summary>W7 and D2–D4 through <see cref="Partnership.Evaluate"/>: measured values, automatic (multi-step) promotion, decisions, no demotion, renewal and pace.</summary>
public sealed class TierEngineTests
{
    private readonly ProgramBuilder _program = new();
    private readonly PartnerLevel _bronze;
    private readonly PartnerLevel _silver;
    private readonly PartnerLevel _platinum;

    public TierEngineTests()
    {
        _bronze = _program.Bronze();
        _silver = _program.Silver();
        _platinum = PartnerLevel.Create(_program.Reseller.Id, "Platinum", null, 3, 0, 2);
        _platinum.AddParameter(ParameterKind.Obligation, _program.Leads, ProgramBuilder.Number(ParameterValueType.Integer, 50), 60, ProgramBuilder.Since, null);
    }

    [Fact]
    public void Evaluate_TheWorkedExample_Scores64Of80_AndExplainsWhatIsMissing()
    {
        var partnership = Create(_bronze);

        var decisions = partnership.Evaluate(Inputs(leads: 6, amount: 100_000), Context());

        partnership.CurrentScore.ShouldBe(64);
        partnership.ScoreLeft.ShouldBe(16);
        var decision = decisions.ShouldHaveSingleItem();
        decision.Outcome.ShouldBe(TierOutcome.ScoreChanged);
        decision.ScoreBefore.ShouldBe(0);
        decision.Score.ShouldBe(64);
        decision.Lines.Single(l => l.CategoryId == _program.Leads.Id).ShouldBe(new TierDecisionLine(_program.Leads.Id, 6, 10, 24, 40, true, null));
        decision.Reason.ShouldContain("Leads number 6 of 10 (24 of 40 points)");
        decision.Reason.ShouldContain("64 of 80 points, 16 more to reach Silver");
        partnership.Decisions.ShouldBe(decisions);
    }

    [Fact]
    public void Evaluate_WithNothingNew_WritesNoDecisionNorHistory()
    {
        var partnership = Create(_bronze);
        partnership.Evaluate(Inputs(leads: 6, amount: 100_000), Context());
        var history = partnership.History.Count;
        var version = partnership.Version;

        partnership.Evaluate(Inputs(leads: 6, amount: 100_000.0000m), Context()).ShouldBeEmpty("the same amount read back at another scale is no change");

        partnership.History.Count.ShouldBe(history);
        partnership.Version.ShouldBe(version);
    }

    [Fact]
    public void Evaluate_AtTheTarget_PromotesAtOnce_MovesTheWindow_AndTellsThePartner()
    {
        var partnership = Create(_bronze);
        var at = ProgramBuilder.Now.AddDays(2);

        var decisions = partnership.Evaluate(Inputs(leads: 10, amount: 100_000), Context(at));

        partnership.PartnerLevelId.ShouldBe(_silver.Id);
        partnership.LevelSince.ShouldBe(at);
        partnership.WindowStart(resetProgressOnPromotion: true).ShouldBe(at);
        partnership.WindowStart(resetProgressOnPromotion: false).ShouldBe(new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));
        partnership.CurrentScore.ShouldBe(0, "D2: progress restarts at the promotion");
        partnership.Parameters.Single(p => p.CategoryId == _program.Margin.Id).Value.Numeric.ShouldBe(15, "the new level's benefits apply from now on");
        var promoted = decisions.ShouldHaveSingleItem();
        promoted.Outcome.ShouldBe(TierOutcome.Promoted);
        promoted.FromLevelId.ShouldBe(_bronze.Id);
        promoted.ToLevelId.ShouldBe(_silver.Id);
        promoted.Reason.ShouldContain("80 of 80 points reached the target of Bronze, promoted to Silver");
        partnership.DomainEvents.OfType<PartnershipPromoted>().ShouldHaveSingleItem().ToLevel.ShouldBe("Silver");
        partnership.Events.ShouldContain(e => e.Kind == PartnershipEventKind.Promoted && e.ToLevelId == _silver.Id);
    }

    [Fact]
    public void Evaluate_WithoutTheReset_PromotesSeveralLevelsInOneGo()
    {
        var partnership = Create(_bronze);
        var inputs = Inputs(leads: 50, amount: 500_000, certified: 3, reset: false);

        var decisions = partnership.Evaluate(inputs, Context());

        partnership.PartnerLevelId.ShouldBe(_platinum.Id);
        decisions.Select(d => (d.FromLevelId, d.ToLevelId)).ShouldBe([(_bronze.Id, _silver.Id), (_silver.Id, _platinum.Id)]);
        decisions[1].Lines.Single(l => l.CategoryId == _program.Certified.Id).Points.ShouldBe(60, "an obligation new at Silver is measured too");
        partnership.CurrentScore.ShouldBe(60, "50 of 50 leads at Platinum, counted over the whole period");
    }

    [Fact]
    public void Evaluate_NeverDemotes_WithinAPeriod()
    {
        var partnership = Create(_bronze);
        partnership.Evaluate(Inputs(leads: 10, amount: 100_000), Context());
        partnership.PartnerLevelId.ShouldBe(_silver.Id);

        partnership.Evaluate(Inputs(leads: 0, amount: 0), Context(ProgramBuilder.Now.AddDays(30)));

        partnership.PartnerLevelId.ShouldBe(_silver.Id, "D4: nothing demotes within a period");
    }

    [Fact]
    public void AComputedObligation_IsNotTypedIn_ButAReasonedOverrideIsKept_UntilRemoved()
    {
        var partnership = Create(_bronze);
        var leads = partnership.Parameters.Single(p => p.CategoryId == _program.Leads.Id && p.Role == ParameterRole.Current);

        Should.Throw<DomainRuleException>(() => partnership.SetCurrentValue(
            leads.Id, ProgramBuilder.Number(ParameterValueType.Integer, 9), computed: true, null, ProgramBuilder.Now, "max")).Code.ShouldBe("metric_is_computed");
        partnership.SetCurrentValue(leads.Id, ProgramBuilder.Number(ParameterValueType.Integer, 9), computed: true, "Leads from the old CRM", ProgramBuilder.Now, "max");
        var overridden = partnership.Decisions.ShouldHaveSingleItem("a score changed by hand is a decision too");
        overridden.Trigger.ShouldBe(TierTrigger.Override);
        overridden.By.ShouldBe("max");
        overridden.Reason.ShouldBe("A measured value was typed by hand (0 → 9): Leads from the old CRM. 36 of 80 points.");
        partnership.Evaluate(Inputs(leads: 2, amount: 0), Context());

        leads.Value.Numeric.ShouldBe(9, "the engine keeps an override");
        leads.OverrideReason.ShouldBe("Leads from the old CRM");
        partnership.RemoveOverride(leads.Id, ProgramBuilder.Now, "max");
        partnership.Evaluate(Inputs(leads: 2, amount: 0), Context());
        leads.Value.Numeric.ShouldBe(2);
    }

    [Fact]
    public void Renewal_KeepsTheLevel_WhenTheLevelBelowWasMet_ElseMovesDownAfterTheGrace()
    {
        var partnership = Create(_bronze);
        partnership.Evaluate(Inputs(leads: 10, amount: 100_000), Context());

        var met = partnership.ProposeRenewal(Inputs(leads: 10, amount: 100_000, periodFactor: 1, today: new DateOnly(2027, 1, 5)), graceDays: 30);
        met.LevelId.ShouldBe(_silver.Id);
        met.MovesDown.ShouldBeFalse();
        met.Reason.ShouldContain("meet the obligations of Bronze");

        var inGrace = partnership.ProposeRenewal(Inputs(leads: 4, amount: 0, today: new DateOnly(2027, 1, 5)), graceDays: 30);
        inGrace.LevelId.ShouldBe(_silver.Id);
        inGrace.Reason.ShouldContain("grace period runs until 2027-01-30");

        var after = partnership.ProposeRenewal(Inputs(leads: 4, amount: 0, today: new DateOnly(2027, 2, 1)), graceDays: 30);
        after.LevelId.ShouldBe(_bronze.Id);
        after.MovesDown.ShouldBeTrue();
        after.Reason.ShouldContain("16 of 80 points miss the obligations of Bronze");
    }

    [Fact]
    public void BelowPace_FlagsAtRisk_AndTellsThePartnerOncePerPeriod()
    {
        var partnership = Create(_bronze);
        partnership.Evaluate(Inputs(leads: 10, amount: 100_000), Context());
        var halfway = new DateOnly(2026, 7, 2);

        partnership.Evaluate(Inputs(leads: 0, amount: 0, periodLeads: 3, periodAmount: 20_000, today: halfway), Context());
        partnership.AtRisk.ShouldBeTrue("3 leads and 20,000 by mid-year project to 6 and 40,000: 40 of Bronze's 80 points");
        partnership.Evaluate(Inputs(leads: 0, amount: 0, periodLeads: 5, periodAmount: 50_000, today: halfway), Context());
        partnership.AtRisk.ShouldBeFalse();
        partnership.Evaluate(Inputs(leads: 0, amount: 0, periodLeads: 3, periodAmount: 20_000, today: halfway), Context());

        partnership.AtRisk.ShouldBeTrue();
        partnership.DomainEvents.OfType<PartnershipAtRisk>().Count().ShouldBe(1, "told once per period");
    }

    private Partnership Create(PartnerLevel level) =>
        Partnership.Create(_program.Partner, _program.Reseller, level, null, ProgramBuilder.Since, Partnership.DefaultDueDate(ProgramBuilder.Since), true, ProgramBuilder.Now, "t");

    private static TierContext Context(DateTime? at = null) => new(TierTrigger.Event, "Lead saved", at ?? ProgramBuilder.Now, null);

    private TierInputs Inputs(
        decimal leads, decimal amount, decimal certified = 0, bool reset = true, decimal? periodLeads = null, decimal? periodAmount = null,
        decimal periodFactor = 1, DateOnly? today = null)
    {
        var window = new Dictionary<Guid, decimal> { [_program.Leads.Id] = leads, [_program.Amount.Id] = amount, [_program.Certified.Id] = certified };
        var period = new Dictionary<Guid, decimal>
        {
            [_program.Leads.Id] = (periodLeads ?? leads) * periodFactor, [_program.Amount.Id] = (periodAmount ?? amount) * periodFactor, [_program.Certified.Id] = certified,
        };
        var names = new[] { _program.Leads, _program.Amount, _program.Certified, _program.Margin }.ToDictionary(c => c.Id, c => c.Name);
        return new TierInputs(window, period, [_bronze, _silver, _platinum], names, reset, today ?? DateOnly.FromDateTime(ProgramBuilder.Now));
    }
}
