using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Domain.Partnerships;

/// <summary>Current rows hold what the partner reached; Target rows hold the level's threshold.</summary>
public enum ParameterRole
{
    Current,
    Target,
}

/// <summary>The partnership's copy of one of its level's conditions, or the partner's actual value for it.</summary>
public sealed class PartnershipParameter
{
    private PartnershipParameter()
    {
    }

    internal PartnershipParameter(Guid partnershipId, Guid categoryId, ParameterKind kind, ParameterRole role, ParameterValue value, int score)
    {
        Id = Guid.CreateVersion7();
        PartnershipId = partnershipId;
        CategoryId = categoryId;
        Kind = kind;
        Role = role;
        SetValue(value);
        Score = score;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public Guid CategoryId { get; private set; }

    public ParameterKind Kind { get; private set; }

    public ParameterRole Role { get; private set; }

    public ParameterValue Value { get; private set; }

    /// <summary>On a Target row, the points the obligation is worth; on a Current row, the points earned.</summary>
    public int Score { get; internal set; }

    /// <summary>
    /// On a Current row of a computed obligation: why a manager typed the value instead of the measured one (the tier
    /// engine then keeps it until the override is removed). Null otherwise.
    /// </summary>
    public string? OverrideReason { get; internal set; }

    internal bool IsCurrentObligation => Kind == ParameterKind.Obligation && Role == ParameterRole.Current;

    internal void SetValue(ParameterValue value) => Value = value;

    /// <summary>The rename of the price list a Price list benefit references (the reference stays).</summary>
    public void ReplacePriceListValue(ParameterValue value) => Value = PriceListValue(Value, value);

    internal static ParameterValue PriceListValue(ParameterValue old, ParameterValue value) =>
        value.Type == ParameterValueType.PriceList && old.Type is ParameterValueType.PriceList or ParameterValueType.String or ParameterValueType.List
            ? value
            : throw new Common.DomainRuleException(Common.ProblemCodes.PriceListValueType, "Only a price-list reference replaces a price-list benefit.");
}

/// <summary>One period during which a partnership parameter had a given value and score.</summary>
public sealed class ParameterHistoryEntry
{
    private ParameterHistoryEntry()
    {
    }

    internal ParameterHistoryEntry(PartnershipParameter parameter, DateTime validFrom, string? changedBy)
    {
        Id = Guid.CreateVersion7();
        PartnershipId = parameter.PartnershipId;
        ParameterId = parameter.Id;
        CategoryId = parameter.CategoryId;
        Kind = parameter.Kind;
        Role = parameter.Role;
        Value = parameter.Value;
        Score = parameter.Score;
        ValidFrom = validFrom;
        ChangedBy = changedBy;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    public Guid ParameterId { get; private set; }

    public Guid CategoryId { get; private set; }

    public ParameterKind Kind { get; private set; }

    public ParameterRole Role { get; private set; }

    public ParameterValue Value { get; private set; }

    public int Score { get; private set; }

    public DateTime ValidFrom { get; private set; }

    public DateTime? ValidTo { get; private set; }

    public string? ChangedBy { get; private set; }

    internal bool Matches(PartnershipParameter parameter) =>
        parameter.Id == ParameterId && parameter.Value.Number == Value.Number && parameter.Value.Text == Value.Text
        && parameter.Value.Flag == Value.Flag && parameter.Value.PriceListId == Value.PriceListId && parameter.Score == Score;

    internal void Close(DateTime validTo) => ValidTo = validTo;
}
