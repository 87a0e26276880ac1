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

    public ParameterValueType ValueType { get; private set; }

    public decimal? NumberValue { get; private set; }

    public string? TextValue { get; private set; }

    public bool? BoolValue { get; private set; }

    /// <summary>On a Target row, the points the obligation is worth; on a Current row, the points earned.</summary>
    public int Score { get; internal set; }

    public ParameterValue Value => ParameterValue.Of(ValueType, NumberValue, TextValue, BoolValue);

    internal bool IsCurrentObligation => Kind == ParameterKind.Obligation && Role == ParameterRole.Current;

    internal void SetValue(ParameterValue value)
    {
        ValueType = value.Type;
        NumberValue = value.Number;
        TextValue = value.Text;
        BoolValue = value.Flag;
    }
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
        ValueType = parameter.ValueType;
        NumberValue = parameter.NumberValue;
        TextValue = parameter.TextValue;
        BoolValue = parameter.BoolValue;
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

    public ParameterValueType ValueType { get; private set; }

    public decimal? NumberValue { get; private set; }

    public string? TextValue { get; private set; }

    public bool? BoolValue { get; private set; }

    public int Score { get; private set; }

    public DateTime ValidFrom { get; private set; }

    public DateTime? ValidTo { get; private set; }

    public string? ChangedBy { get; private set; }

    public ParameterValue Value => ParameterValue.Of(ValueType, NumberValue, TextValue, BoolValue);

    internal bool Matches(PartnershipParameter parameter) =>
        parameter.Id == ParameterId && parameter.NumberValue == NumberValue && parameter.TextValue == TextValue
        && parameter.BoolValue == BoolValue && parameter.Score == Score;

    internal void Close(DateTime validTo) => ValidTo = validTo;
}
