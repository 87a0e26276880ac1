using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Accounts;

/// <summary>
/// A company's tax id (VAT number, EIN, ...) in its compared form: upper-case, without spaces, dots, dashes, slashes or
/// other separators (<c>de 123.456-789</c> → <c>DE123456789</c>), so that deal registrations and accounts match however
/// the id was typed (issue 9, D9).
/// </summary>
public static class TaxId
{
    public const int MaxLength = 50;

    /// <summary>The tax id in its stored form, or null when empty; refuses what holds no letter or digit or is too long.</summary>
    public static string? Normalize(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var normalized = new string([.. value.Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant)]);
        if (normalized.Length == 0 || normalized.Length > MaxLength || value.Any(c => !char.IsAscii(c) || (!char.IsAsciiLetterOrDigit(c) && !IsSeparator(c))))
        {
            throw new DomainRuleException(ProblemCodes.TaxIdInvalid, "Tax id must be letters and digits, optionally with spaces, dots, dashes or slashes.");
        }

        return normalized;
    }

    private static bool IsSeparator(char c) => c is ' ' or '.' or '-' or '/' or '_' or ',' or '\t';
}
