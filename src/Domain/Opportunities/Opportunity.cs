using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Opportunities;

public enum OpportunityStatus
{
    Open,
}

/// <summary>
/// A STUB of the opportunity a qualified lead converts into (W4 step 5): just the lead, the partner, the customer and the
/// amount. The opportunities issue completes it (stages, close date, won → fund credit, D3/D19).
/// </summary>
public sealed class Opportunity : AggregateRoot
{
    private Opportunity()
    {
        Customer = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    /// <summary>The partner (copied from the lead's holder) for the isolation filter (ADR-004).</summary>
    public Guid? AccountId { get; private set; }

    public Guid? OwnerId { get; private set; }

    public Guid? CustomerAccountId { get; private set; }

    public string Customer { get; private set; }

    public long AmountMinor { get; private set; }

    public string Currency { get; private set; }

    public OpportunityStatus Status { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public static Opportunity FromLead(Leads.Lead lead, DateTime now) => lead.Status != Leads.LeadStatus.Qualified
        ? throw new DomainRuleException(ProblemCodes.LeadStatusInvalid, "Only a qualified lead converts into an opportunity.")
        : new Opportunity
        {
            Id = Guid.CreateVersion7(),
            LeadId = lead.Id,
            AccountId = lead.AccountId,
            OwnerId = lead.OwnerId,
            CustomerAccountId = lead.CustomerAccountId,
            Customer = lead.Customer,
            AmountMinor = lead.BudgetMinor,
            Currency = lead.Currency,
            Status = OpportunityStatus.Open,
            CreatedAt = now,
        };
}
