using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Domain.UnitTests;

public sealed class LeadTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 9, 0, 0, DateTimeKind.Utc);
    private static readonly LeadActor Employee = new(Guid.NewGuid(), "Max Manager", false, Now);

    [Fact]
    public void StatusFlow_IsNewWorkingQualifiedOrDisqualified_AndNothingElse()
    {
        var lead = Held();
        Should.Throw<DomainRuleException>(() => lead.ChangeStatus(LeadStatus.Qualified, null, Employee)).Code.ShouldBe(ProblemCodes.LeadStatusInvalid);
        lead.ChangeStatus(LeadStatus.Working, null, Employee);
        Should.Throw<DomainRuleException>(() => lead.ChangeStatus(LeadStatus.New, null, Employee)).Code.ShouldBe(ProblemCodes.LeadStatusInvalid);
        Should.Throw<DomainRuleException>(() => lead.ChangeStatus(LeadStatus.Disqualified, " ", Employee)).Code.ShouldBe(ProblemCodes.Required);
        lead.ChangeStatus(LeadStatus.Qualified, null, Employee);
        Should.Throw<DomainRuleException>(() => lead.ChangeStatus(LeadStatus.Disqualified, "late", Employee)).Code.ShouldBe(ProblemCodes.LeadStatusInvalid);

        var opportunity = Opportunity.FromLead(lead, new OpportunityActor(Employee.Id, Employee.Name, false, Now));
        lead.LinkOpportunity(opportunity.Id);
        opportunity.AccountId.ShouldBe(lead.AccountId);
        opportunity.AmountMinor.ShouldBe(lead.BudgetMinor);
        lead.OpportunityId.ShouldBe(opportunity.Id);
    }

    [Fact]
    public void NewLead_MayBeDisqualifiedWithAReason()
    {
        var lead = Held();
        lead.ChangeStatus(LeadStatus.Disqualified, "Duplicate", Employee);
        lead.DisqualifyReason.ShouldBe("Duplicate");
        Should.Throw<DomainRuleException>(() => Opportunity.FromLead(lead, new OpportunityActor(Employee.Id, Employee.Name, false, Now))).Code.ShouldBe(ProblemCodes.LeadStatusInvalid);
    }

    [Fact]
    public void APartnerWhoDeclinedOrLetAnOfferExpire_IsNeverOfferedTheLeadAgain_AndAWithdrawnOneMayBe()
    {
        var (a, b, c) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());
        var lead = Lead.Create(Details(), "EUR", Employee);
        var first = lead.Offer(a, null, Now.AddHours(48), Employee);
        Should.Throw<DomainRuleException>(() => lead.Offer(b, null, Now.AddHours(48), Employee)).Code.ShouldBe(ProblemCodes.LeadOfferInvalid, "one open offer at a time");
        Should.Throw<DomainRuleException>(() => lead.Decline(first.Id, "", Employee)).Code.ShouldBe(ProblemCodes.Required);
        lead.Decline(first.Id, "Not our field", Employee);
        var second = lead.Offer(b, null, Now.AddHours(48), Employee);
        Should.Throw<DomainRuleException>(() => lead.Expire(second.Id, Employee)).Code.ShouldBe(ProblemCodes.LeadOfferInvalid, "not due yet");
        lead.Expire(second.Id, Employee with { At = Now.AddHours(49) });
        var third = lead.Offer(c, null, Now.AddHours(48), Employee);
        lead.Withdraw(third.Id, null, Employee);

        Should.Throw<DomainRuleException>(() => lead.Offer(a, null, Now.AddHours(48), Employee)).Code.ShouldBe(ProblemCodes.LeadPartnerExcluded);
        Should.Throw<DomainRuleException>(() => lead.Offer(b, null, Now.AddHours(48), Employee)).Code.ShouldBe(ProblemCodes.LeadPartnerExcluded);
        var again = lead.Offer(c, null, Now.AddHours(48), Employee);
        var user = Guid.NewGuid();
        lead.Accept(again.Id, user, Employee);
        lead.AccountId.ShouldBe(c);
        lead.OwnerId.ShouldBe(user);
        lead.SalesChannel.ShouldBe(SalesChannel.PartnerSale);
        Should.Throw<DomainRuleException>(() => lead.Offer(a, null, Now, Employee)).Code.ShouldBe(ProblemCodes.LeadOfferInvalid, "a held lead is not offered");
        lead.DomainEvents.OfType<LeadOffered>().Count().ShouldBe(4);
        lead.DomainEvents.OfType<LeadOfferDecided>().Select(e => e.State).ShouldBe([LeadOfferState.Declined, LeadOfferState.Expired, LeadOfferState.Accepted]);
    }

    [Fact]
    public void AnOpenOffer_IsRemindedOfOnce_BeforeItsDeadline_WithoutMovingIt()
    {
        var lead = Lead.Create(Details(), "EUR", Employee);
        var offer = lead.Offer(Guid.NewGuid(), null, Now.AddHours(48), Employee);
        lead.Remind(offer.Id, Employee with { At = Now.AddHours(40) });
        offer.RemindedAt.ShouldBe(Now.AddHours(40));
        offer.Deadline.ShouldBe(Now.AddHours(48));
        offer.State.ShouldBe(LeadOfferState.Open);
        lead.DomainEvents.OfType<LeadOfferReminded>().Single().Deadline.ShouldBe(Now.AddHours(48));
        Should.Throw<DomainRuleException>(() => lead.Remind(offer.Id, Employee with { At = Now.AddHours(41) })).Code.ShouldBe(ProblemCodes.LeadOfferInvalid, "once");

        var late = Lead.Create(Details(), "EUR", Employee);
        var due = late.Offer(Guid.NewGuid(), null, Now.AddHours(48), Employee);
        Should.Throw<DomainRuleException>(() => late.Remind(due.Id, Employee with { At = Now.AddHours(48) })).Code.ShouldBe(ProblemCodes.LeadOfferInvalid, "past the deadline");
    }

    [Fact]
    public void Lead_NeedsACustomerAndANeed_AndABudgetInRange()
    {
        Should.Throw<DomainRuleException>(() => Lead.Create(Details() with { CompanyName = null, ContactName = null, ContactEmail = null }, "EUR", Employee))
            .Code.ShouldBe(ProblemCodes.LeadCustomerRequired);
        Should.Throw<DomainRuleException>(() => Lead.Create(Details() with { Need = " " }, "EUR", Employee)).Code.ShouldBe(ProblemCodes.Required);
        Should.Throw<DomainRuleException>(() => Lead.Create(Details() with { BudgetMinor = -1 }, "EUR", Employee)).Code.ShouldBe(ProblemCodes.LeadBudgetInvalid);
    }

    private static Lead Held() => Lead.RegisterByPartner(Details(), Guid.NewGuid(), Guid.NewGuid(), "EUR", Employee with { IsPartner = true });

    private static LeadDetails Details() => new(null, null, "Contoso", "Carl", "carl@contoso.example", "20 seats", 500_000, "Web", "EMEA");
}
