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

    /// <summary>A reference to a Base or Level price list (<see cref="ParameterValue.PriceListId"/>); the text is its name.</summary>
    PriceList,
}

/// <summary>
/// A typed parameter value. Exactly the field that matches <see cref="Type"/> is set; a
/// <see cref="ParameterValueType.PriceList"/> value holds the list's id and, as its text, the list's name (what pages and
/// history show; kept current on rename). A price-list value without an id is a free text that the conversion of issue 10
/// could not match to a list: the text is kept so nothing is lost.
/// </summary>
public readonly record struct ParameterValue
{
    private ParameterValue(ParameterValueType type, decimal? number, string? text, bool? flag, Guid? priceListId)
    {
        Type = type;
        Number = number;
        Text = text;
        Flag = flag;
        PriceListId = priceListId;
    }

    public ParameterValueType Type { get; }

    public decimal? Number { get; }

    public string? Text { get; }

    public bool? Flag { get; }

    /// <summary>The referenced price list of a <see cref="ParameterValueType.PriceList"/> value.</summary>
    public Guid? PriceListId { get; }

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

                return new ParameterValue(type, integer, null, null, null);
            case ParameterValueType.Decimal:
                return new ParameterValue(type, decimal.Round(number ?? throw Missing("a number"), 4), null, null, null);
            case ParameterValueType.Boolean:
                return new ParameterValue(type, null, null, flag ?? throw Missing("yes or no"), null);
            case ParameterValueType.String:
            case ParameterValueType.List:
                return new ParameterValue(type, null, Guard.Required(text, "Value", 250), null, null);
            case ParameterValueType.PriceList:
                throw new DomainRuleException(ProblemCodes.ValueRequired, "Choose a price list.");
            default:
                throw new DomainRuleException(ProblemCodes.ValueTypeUnknown, $"Unknown value type {type}.");
        }
    }

    /// <summary>A reference to the price list <paramref name="priceListId"/> named <paramref name="name"/>.</summary>
    public static ParameterValue OfPriceList(Guid priceListId, string name) =>
        new(ParameterValueType.PriceList, null, Guard.Required(name, "Value", 250), null, priceListId);

    /// <summary>
    /// A former free-text price-list benefit that matched no price list (issue 10 conversion): no reference, the text kept.
    /// </summary>
    public static ParameterValue UnmatchedPriceList(string text) =>
        new(ParameterValueType.PriceList, null, Guard.Required(text, "Value", 250), null, null);

    /// <summary>The same reference under the list's new name.</summary>
    public ParameterValue Renamed(string name) => Type == ParameterValueType.PriceList && PriceListId is not null ? OfPriceList(PriceListId.Value, name) : this;

    /// <summary>
    /// A measured metric (D3) as a value of <paramref name="type"/>: a whole number counts down to whole units, a decimal
    /// keeps cents, yes/no is "yes" once anything was counted.
    /// </summary>
    public static ParameterValue Measured(ParameterValueType type, decimal measured) => type switch
    {
        ParameterValueType.Integer => new ParameterValue(type, decimal.Truncate(Math.Max(0m, measured)), null, null, null),
        ParameterValueType.Decimal => new ParameterValue(type, decimal.Round(Math.Max(0m, measured), 2), null, null, null),
        ParameterValueType.Boolean => new ParameterValue(type, null, null, measured > 0, null),
        _ => Zero(type),
    };

    /// <summary>The "nothing reached yet" value of a Current obligation row.</summary>
    public static ParameterValue Zero(ParameterValueType type) => type switch
    {
        ParameterValueType.Integer or ParameterValueType.Decimal => new ParameterValue(type, 0m, null, null, null),
        ParameterValueType.Boolean => new ParameterValue(type, null, null, false, null),
        _ => new ParameterValue(type, null, string.Empty, null, null),
    };

    public string Display() => Type switch
    {
        ParameterValueType.Integer => (Number ?? 0m).ToString("0", CultureInfo.InvariantCulture),
        ParameterValueType.Decimal => (Number ?? 0m).ToString("0.##", CultureInfo.InvariantCulture),
        ParameterValueType.Boolean => Flag == true ? "Yes" : "No",
        ParameterValueType.PriceList when PriceListId is null => $"{Text} (no price list)",
        _ => Text ?? string.Empty,
    };

    private static DomainRuleException Missing(string what) =>
        new(ProblemCodes.ValueRequired, $"The value must be {what}.");
}
