namespace PartnerPortal.Domain.Partnerships;

/// <summary>What started an evaluation.</summary>
public enum TierTrigger
{
    /// <summary>A change of a record a metric counts (lead, opportunity, order, activity, certificate).</summary>
    Event,

    /// <summary>The nightly evaluation of every active partnership.</summary>
    Nightly,

    /// <summary>An employee asked for it on the partnership page.</summary>
    OnDemand,

    /// <summary>An administrator published a level's changed parameters (D16).</summary>
    Publish,

    /// <summary>A manager's reasoned level override.</summary>
    Override,

    /// <summary>The renewal into the next period (D4).</summary>
    Renewal,
}

public enum TierOutcome
{
    ScoreChanged,
    Promoted,
    LevelOverridden,
    Renewed,
}

/// <summary>One obligation as the decision saw it: reached value, target, points earned of points possible.</summary>
public readonly record struct TierDecisionLine(Guid CategoryId, decimal Value, decimal Target, int Points, int MaxPoints, bool Computed, string? OverrideReason);

/// <summary>
/// Section 6.1: every evaluation that changed a score or a level, with its inputs (the obligations' values and points),
/// the result, the reason in words and what triggered it, so a partner and its manager can see why it stands where it
/// stands. Appended, never changed.
/// </summary>
public sealed class TierDecision
{
    private TierDecision()
    {
        Reason = string.Empty;
        Lines = [];
    }

    internal TierDecision(Partnership partnership, TierOutcome outcome, Guid fromLevelId, int scoreBefore, IReadOnlyList<TierDecisionLine> lines, TierContext context, string reason)
    {
        Id = Guid.CreateVersion7();
        PartnershipId = partnership.Id;
        AccountId = partnership.AccountId;
        At = context.Now;
        Trigger = context.Trigger;
        TriggerDetail = context.Detail is { Length: > 250 } d ? d[..250] : context.Detail;
        By = context.ChangedBy;
        Outcome = outcome;
        FromLevelId = fromLevelId;
        ToLevelId = partnership.PartnerLevelId;
        ScoreBefore = scoreBefore;
        Score = partnership.CurrentScore;
        TargetScore = partnership.TargetScore;
        Lines = lines;
        Reason = reason.Length > 2000 ? reason[..2000] : reason;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    /// <summary>The partner, copied so partner isolation is a plain column filter (ADR-004).</summary>
    public Guid AccountId { get; private set; }

    public DateTime At { get; private set; }

    public TierTrigger Trigger { get; private set; }

    /// <summary>What happened, e.g. "Lead saved" or the publishing administrator's level.</summary>
    public string? TriggerDetail { get; private set; }

    /// <summary>The employee who asked (none for events and the nightly run; shown to employees only).</summary>
    public string? By { get; private set; }

    public TierOutcome Outcome { get; private set; }

    public Guid FromLevelId { get; private set; }

    public Guid ToLevelId { get; private set; }

    public int ScoreBefore { get; private set; }

    /// <summary>The score after the decision, against <see cref="TargetScore"/> (of the level after it).</summary>
    public int Score { get; private set; }

    public int TargetScore { get; private set; }

    /// <summary>The obligations as scored at the level the decision was made at (before a promotion).</summary>
    public IReadOnlyList<TierDecisionLine> Lines { get; private set; }

    public string Reason { get; private set; }
}

/// <summary>Who and what started an evaluation, and when.</summary>
public readonly record struct TierContext(TierTrigger Trigger, string? Detail, DateTime Now, string? ChangedBy);
