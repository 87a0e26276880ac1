namespace PartnerPortal.Domain.Leads;

public enum LeadOfferState
{
    Open,
    Accepted,
    Declined,
    Expired,
    Withdrawn,
}

/// <summary>
/// A lead passed to one partner until a deadline (W5), part of the <see cref="Lead"/> aggregate. It carries the partner's
/// <see cref="AccountId"/> so the isolation filter is a plain column comparison (ADR-004, ADR-008).
/// </summary>
public sealed class LeadOffer
{
    private LeadOffer()
    {
    }

    internal LeadOffer(Guid leadId, Guid accountId, Guid? ownerId, DateTime offeredAt, DateTime deadline)
    {
        Id = Guid.CreateVersion7();
        LeadId = leadId;
        AccountId = accountId;
        OwnerId = ownerId;
        OfferedAt = offeredAt;
        Deadline = deadline;
        State = LeadOfferState.Open;
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    /// <summary>The partner the lead is offered to.</summary>
    public Guid AccountId { get; private set; }

    /// <summary>The owner the employee chose among the partner's users, if any (else whoever accepts).</summary>
    public Guid? OwnerId { get; private set; }

    public DateTime OfferedAt { get; private set; }

    public DateTime Deadline { get; private set; }

    public LeadOfferState State { get; private set; }

    public DateTime? EndedAt { get; private set; }

    /// <summary>When the partner was reminded of the unanswered offer (once, before the deadline).</summary>
    public DateTime? RemindedAt { get; private set; }

    /// <summary>Why the partner declined (required) or the employee withdrew (optional).</summary>
    public string? Reason { get; private set; }

    internal void MarkReminded(DateTime at) => RemindedAt = at;

    internal void End(LeadOfferState state, string? reason, DateTime at)
    {
        State = state;
        Reason = reason;
        EndedAt = at;
    }
}
