namespace PartnerPortal.Domain.Partnerships;

public enum PartnershipEventKind
{
    Created,
    Promoted,
    LevelOverridden,
    LevelReapplied,
    Activated,
    Deactivated,
    ValueChanged,
}

/// <summary>
/// One action on a partnership as people read it ("Promoted from Bronze to Silver by Max Manager",
/// "Leads number: 4 → 6"), next to the row-by-row parameter history. Appended, never changed.
/// </summary>
public sealed class PartnershipEvent
{
    private PartnershipEvent()
    {
    }

    internal PartnershipEvent(Guid partnershipId, PartnershipEventKind kind, DateTime at, string? by)
    {
        Id = Guid.CreateVersion7();
        PartnershipId = partnershipId;
        Kind = kind;
        At = at;
        By = by;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public PartnershipEventKind Kind { get; private set; }

    public DateTime At { get; private set; }

    /// <summary>The employee who acted (shown to employees only).</summary>
    public string? By { get; private set; }

    public Guid? FromLevelId { get; internal init; }

    public Guid? ToLevelId { get; internal init; }

    /// <summary>For a value change: the obligation's category.</summary>
    public Guid? CategoryId { get; internal init; }

    public string? OldValue { get; internal init; }

    public string? NewValue { get; internal init; }

    /// <summary>Why a manager overrode the level (required then), or what a re-apply changed.</summary>
    public string? Reason { get; internal init; }
}
