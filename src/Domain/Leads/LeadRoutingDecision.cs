namespace PartnerPortal.Domain.Leads;

/// <summary>
/// Why an automatic assignment chose a partner ("why this partner"): every partner considered with its score, and
/// whether and why it was eligible. Written once, never changed.
/// </summary>
public sealed class LeadRoutingDecision
{
    private readonly List<LeadRoutingCandidate> _candidates = [];

    private LeadRoutingDecision()
    {
        Trigger = string.Empty;
        Reason = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid LeadId { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>What started the routing: created, declined, expired, or an employee's request.</summary>
    public string Trigger { get; private set; }

    /// <summary>The chosen partner, or null when none was eligible.</summary>
    public Guid? ChosenAccountId { get; private set; }

    public Guid? OfferId { get; private set; }

    /// <summary>The choice in words, e.g. "highest routing weight (3); idle longest among equals".</summary>
    public string Reason { get; private set; }

    public IReadOnlyList<LeadRoutingCandidate> Candidates => _candidates;

    public static LeadRoutingDecision Record(
        Guid leadId, DateTime at, string trigger, IEnumerable<LeadRoutingCandidate> candidates, Guid? chosenAccountId, Guid? offerId, string reason)
    {
        var decision = new LeadRoutingDecision
        {
            Id = Guid.CreateVersion7(),
            LeadId = leadId,
            At = at,
            Trigger = trigger,
            ChosenAccountId = chosenAccountId,
            OfferId = offerId,
            Reason = reason,
        };
        foreach (var candidate in candidates)
        {
            candidate.DecisionId = decision.Id;
            decision._candidates.Add(candidate);
        }

        return decision;
    }
}

/// <summary>One partner an automatic assignment considered: its score (routing weight), load and idle time, and the verdict.</summary>
public sealed class LeadRoutingCandidate
{
    private LeadRoutingCandidate()
    {
    }

    public LeadRoutingCandidate(Guid accountId, decimal weight, int openOffers, int capacity, DateTime? lastOfferedAt, int? rank, string? excludedBecause)
    {
        Id = Guid.CreateVersion7();
        AccountId = accountId;
        Weight = weight;
        OpenOffers = openOffers;
        Capacity = capacity;
        LastOfferedAt = lastOfferedAt;
        Rank = rank;
        ExcludedBecause = excludedBecause;
    }

    public Guid Id { get; private set; }

    public Guid DecisionId { get; internal set; }

    public Guid AccountId { get; private set; }

    /// <summary>The score: the partnership's routing-weight benefit (default 1).</summary>
    public decimal Weight { get; private set; }

    public int OpenOffers { get; private set; }

    /// <summary>The partnership's open-offer capacity benefit (default from the setting).</summary>
    public int Capacity { get; private set; }

    /// <summary>When the partner was last offered any lead (null: never; longest idle comes first).</summary>
    public DateTime? LastOfferedAt { get; private set; }

    /// <summary>1 for the chosen partner, then the order among the eligible; null when not eligible.</summary>
    public int? Rank { get; private set; }

    public string? ExcludedBecause { get; private set; }
}
