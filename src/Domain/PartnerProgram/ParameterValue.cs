using System.Globalization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.PartnerProgram;

public enum ParameterKind
{
    /// <summary>A requirement that earns points towards the next level.</summary>
    Obligation,

    /// <summary>A reward of the level: margin, marketing-fund %, price list.</summary>
    Benefit,
}

public enum ParameterValueType
{
    Integer,
    Decimal,
    Boolean,
    String,
    List,
}

/// <summary>A typed parameter value. Exactly the field that matches <see cref="Type"/> is set.</summary>
public readonly record struct ParameterValue
{
    private ParameterValue(ParameterValueType type, decimal? number, string? text, bool? flag)
    {
        Type = type;
        Number = number;
        Text = text;
        Flag = flag;
    }

    public ParameterValueType Type { get; }

    public decimal? Number { get; }

    public string? Text { get; }

    public bool? Flag { get; }

    /// <summary>The value as a number for scoring: booleans count as 1/0, text as 0.</summary>
    public decimal Numeric => Type switch
    {
        ParameterValueType.Integer or ParameterValueType.Decimal => Number ?? 0m,
        ParameterValueType.Boolean => Flag == true ? 1m : 0m,
        _ => 0m,
    };

    public static ParameterValue Of(ParameterValueType type, decimal? number, string? text, bool? flag)
    {
        switch (type)
        {
            case ParameterValueType.Integer:
                var integer = number ?? throw Missing("a number");
                if (decimal.Truncate(integer) != integer)
                {
                    throw new DomainRuleException(ProblemCodes.ValueNotInteger, "The value must be a whole number.");
                }

                return new ParameterValue(type, integer, null, null);
            case ParameterValueType.Decimal:
                return new ParameterValue(type, decimal.Round(number ?? throw Missing("a number"), 4), null, null);
            case ParameterValueType.Boolean:
                return new ParameterValue(type, null, null, flag ?? throw Missing("yes or no"));
            case ParameterValueType.String:
            case ParameterValueType.List:
                return new ParameterValue(type, null, Guard.Required(text, "Value", 250), null);
            default:
                throw new DomainRuleException(ProblemCodes.ValueTypeUnknown, $"Unknown value type {type}.");
        }
    }

    /// <summary>The "nothing reached yet" value of a Current obligation row.</summary>
    public static ParameterValue Zero(ParameterValueType type) => type switch
    {
        ParameterValueType.Integer or ParameterValueType.Decimal => new ParameterValue(type, 0m, null, null),
        ParameterValueType.Boolean => new ParameterValue(type, null, null, false),
        _ => new ParameterValue(type, null, string.Empty, null),
    };

    public string Display() => Type switch
    {
        ParameterValueType.Integer => (Number ?? 0m).ToString("0", CultureInfo.InvariantCulture),
        ParameterValueType.Decimal => (Number ?? 0m).ToString("0.##", CultureInfo.InvariantCulture),
        ParameterValueType.Boolean => Flag == true ? "Yes" : "No",
        _ => Text ?? string.Empty,
    };

    private static DomainRuleException Missing(string what) =>
        new(ProblemCodes.ValueRequired, $"The value must be {what}.");
}
