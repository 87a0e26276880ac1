using System.Text.RegularExpressions;

namespace PartnerPortal.Application.Common.Validation;

/// <summary>
/// The names validation messages give fields: the words a person reads on the form ("Target score"), not the property
/// ("TargetScore"). Installed as FluentValidation's display-name resolver; a validator's <c>.WithName(...)</c> still wins.
/// </summary>
public static partial class FieldNames
{
    // Properties whose form label is not their humanized name.
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["NumberValue"] = "Value",
        ["TextValue"] = "Value",
        ["BoolValue"] = "Value",
        ["DisplayName"] = "Name",
        ["Emails"] = "E-mail addresses",
        ["Email"] = "E-mail",
    };

    /// <summary>"TargetScore" → "Target score"; "ContactIds[0]" → "Contact ids".</summary>
    public static string? For(string? property)
    {
        if (string.IsNullOrEmpty(property))
        {
            return property;
        }

        if (Labels.TryGetValue(property, out var label))
        {
            return label;
        }

        var words = WordBoundary().Replace(property, " ").ToLowerInvariant();
        return char.ToUpperInvariant(words[0]) + words[1..];
    }

    [GeneratedRegex("(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")]
    private static partial Regex WordBoundary();
}
