using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Domain.UnitTests;

public sealed class OpportunityTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly OpportunityActor Employee = new(Guid.NewGuid(), "Max Manager", false, Now);
    private static readonly OpportunityActor Partner = new(Guid.NewGuid(), "Pia Partner", true, Now.AddHours(1));

    [Fact]
    public void OpenStages_MoveFreely_ClosedOnesAreTerminal_AndTheSameStageAgainChangesNothing()
    {
        var opportunity = PartnerOpportunity();
        opportunity.ChangeStage(OpportunityStage.Proposal, Partner).ShouldBeTrue();
        opportunity.ChangeStage(OpportunityStage.NeedsAnalysis, Partner).ShouldBeTrue("open stages may also move back");
        opportunity.ChangeStage(OpportunityStage.ClosedWon, Partner).ShouldBeTrue();
        opportunity.ClosedAt.ShouldBe(Partner.At);
        opportunity.FundBasisDue.ShouldBeTrue();
        opportunity.ChangeStage(OpportunityStage.ClosedWon, Partner).ShouldBeFalse("won twice is won once");
        Should.Throw<DomainRuleException>(() => opportunity.ChangeStage(OpportunityStage.Negotiation, Partner)).Code.ShouldBe(ProblemCodes.OpportunityClosed);
        Should.Throw<DomainRuleException>(() => opportunity.ChangeStage(OpportunityStage.ClosedLost, Partner)).Code.ShouldBe(ProblemCodes.OpportunityClosed);
        Should.Throw<DomainRuleException>(() => opportunity.ChangeStage((OpportunityStage)42, Partner)).Code.ShouldBe(ProblemCodes.OpportunityStageInvalid);
        opportunity.History.Select(e => e.What).ShouldBe(["Created", "Stage Qualification → Proposal", "Stage Proposal → Needs analysis", "Stage Needs analysis → Closed won"]);
    }

    [Fact]
    public void Reopen_NeedsAClosedOpportunity_AnOpenStage_AndAReason_AndDropsTheFundBasis()
    {
        var opportunity = PartnerOpportunity();
        Should.Throw<DomainRuleException>(() => opportunity.Reopen(OpportunityStage.Negotiation, "why", Employee)).Code.ShouldBe(ProblemCodes.OpportunityNotClosed);
        opportunity.ChangeStage(OpportunityStage.ClosedWon, Partner);
        opportunity.FixFundBasis(Guid.NewGuid(), 1.5m);
        opportunity.FundCreditMinor.ShouldBe(Opportunity.FundCredit(opportunity.AmountMinor, 1.5m));
        Should.Throw<DomainRuleException>(() => opportunity.Reopen(OpportunityStage.ClosedLost, "why", Employee)).Code.ShouldBe(ProblemCodes.OpportunityStageInvalid);
        Should.Throw<DomainRuleException>(() => opportunity.Reopen(OpportunityStage.Negotiation, " ", Employee)).Code.ShouldBe(ProblemCodes.Required);

        opportunity.Reopen(OpportunityStage.Negotiation, "Customer withdrew the order", Employee);

        opportunity.Stage.ShouldBe(OpportunityStage.Negotiation);
        opportunity.ClosedAt.ShouldBeNull();
        opportunity.FundPercent.ShouldBeNull();
        opportunity.FundCreditMinor.ShouldBe(0);
        opportunity.History[^1].Note.ShouldBe("Customer withdrew the order");
    }

    [Theory]
    [InlineData(1_234_567, 1, 12_346)] // 12,345.67 × 1 % = 123.4567 → 123.46
    [InlineData(50, 1, 1)] // 0.50 × 1 % = 0.005 → 0.01: half away from zero
    [InlineData(49, 1, 0)]
    [InlineData(10_000_000, 2.5, 250_000)]
    [InlineData(333, 33.333, 111)] // 3.33 × 33.333 % = 1.10999 → 1.11
    [InlineData(1_000, 0, 0)]
    public void FundCredit_IsThePercentOfTheAmount_RoundedToTheCentHalfAwayFromZero(long amountMinor, decimal percent, long expected) =>
        Opportunity.FundCredit(amountMinor, percent).ShouldBe(expected);

    [Fact]
    public void TheFundBasis_IsFixedOnlyAtTheMomentOfWinning_AndAgainWhenTheWonOpportunityMovesToAnotherPartner()
    {
        var opportunity = PartnerOpportunity();
        Should.Throw<DomainRuleException>(() => opportunity.FixFundBasis(Guid.NewGuid(), 1m)).Code.ShouldBe(ProblemCodes.OpportunityStageInvalid);
        opportunity.ChangeStage(OpportunityStage.ClosedWon, Partner);
        var first = Guid.NewGuid();
        opportunity.FixFundBasis(first, 1m);
        opportunity.FundBasisDue.ShouldBeFalse();
        Should.Throw<DomainRuleException>(() => opportunity.FixFundBasis(Guid.NewGuid(), 2m)).Code.ShouldBe(ProblemCodes.OpportunityStageInvalid, "a later % never rewrites a win");

        opportunity.ChangePartner(Guid.NewGuid(), null, Employee.Id, Employee).ShouldBeTrue();
        opportunity.FundBasisDue.ShouldBeTrue();
        opportunity.FundPartnershipId.ShouldBeNull();
        opportunity.FixFundBasis(null, null);
        opportunity.FundCreditMinor.ShouldBe(0, "the new partner has no partnership with a %: no credit");
    }

    [Fact]
    public void APartnersOpportunity_HasOneOwner_APartnerUserOrAnEmployee()
    {
        Should.Throw<DomainRuleException>(() => Opportunity.Create(Details(), "EUR", Guid.NewGuid(), null, null, Employee)).Code.ShouldBe(ProblemCodes.OpportunityOwnerInvalid);
        Should.Throw<DomainRuleException>(() => Opportunity.Create(Details(), "EUR", Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid(), Employee)).Code.ShouldBe(ProblemCodes.OpportunityOwnerInvalid);
        Should.Throw<DomainRuleException>(() => Opportunity.Create(Details(), "EUR", null, Guid.NewGuid(), null, Employee)).Code.ShouldBe(ProblemCodes.OpportunityOwnerInvalid);
        Opportunity.Create(Details(), "EUR", null, null, Employee.Id, Employee).AccountId.ShouldBeNull();
        Should.Throw<DomainRuleException>(() => Opportunity.Create(Details() with { AmountMinor = -1 }, "EUR", null, null, null, Employee)).Code.ShouldBe(ProblemCodes.OpportunityAmountInvalid);
        Should.Throw<DomainRuleException>(() => Opportunity.Create(Details() with { AmountMinor = Opportunity.MaxAmountMinor + 1 }, "EUR", null, null, null, Employee)).Code.ShouldBe(ProblemCodes.OpportunityAmountInvalid);
    }

    [Fact]
    public void Update_RecordsEachChangedField_AndNothingWhenNothingChanged()
    {
        var opportunity = PartnerOpportunity();
        opportunity.Update(Details(), Partner).ShouldBeFalse();
        opportunity.Update(Details() with { AmountMinor = 2_000_000, NextStep = "Send the quote" }, Partner).ShouldBeTrue();
        opportunity.History[^1].What.ShouldBe("Amount 10,000.00 EUR → 20,000.00 EUR; Next step changed");
        opportunity.History[^1].ByPartner.ShouldBeTrue();
        opportunity.History[^1].AccountId.ShouldBe(opportunity.AccountId);
    }

    [Fact]
    public void APartner_CannotChangeAClosedOpportunitysAmount_AnEmployeeCan()
    {
        var won = PartnerOpportunity();
        won.ChangeStage(OpportunityStage.ClosedWon, Employee);
        Should.Throw<DomainRuleException>(() => won.Update(Details() with { AmountMinor = 5_000_000 }, Partner)).Code.ShouldBe(ProblemCodes.OpportunityClosed);
        won.AmountMinor.ShouldBe(1_000_000);
        won.Update(Details() with { NextStep = "Kick-off" }, Partner).ShouldBeTrue("a partner still keeps its notes and next step");
        won.Update(Details() with { AmountMinor = 1_200_000, NextStep = "Kick-off" }, Employee).ShouldBeTrue();
        won.AmountMinor.ShouldBe(1_200_000);
    }

    private static OpportunityDetails Details() => new("Contoso 20 seats", null, "Contoso", 1_000_000, new DateOnly(2027, 3, 31), null, null);

    private static Opportunity PartnerOpportunity() => Opportunity.Create(Details(), "EUR", Guid.NewGuid(), Guid.NewGuid(), null, Employee);
}
