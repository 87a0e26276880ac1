using System.Globalization;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Funds;

/// <summary>
/// Money is stored in minor units (cents) as 64-bit integers (ADR-007): exact on every provider, summable in SQL.
/// A minor unit is 1/100 of the installation's currency. The API shows both the integer and the decimal amount.
/// </summary>
public static class Money
{
    /// <summary>The largest amount of one entry: 10,000,000,000.00 — sums of many entries stay far inside 2^53 (safe in JSON numbers).</summary>
    public const long MaxEntryMinor = 1_000_000_000_000;

    public static decimal ToDecimal(long minor) => minor / 100m;

    /// <summary>The amount in minor units, or null when it has more than two decimals.</summary>
    public static long? TryToMinor(decimal amount)
    {
        var scaled = amount * 100m;
        return scaled == decimal.Truncate(scaled) && Math.Abs(scaled) <= long.MaxValue ? (long)scaled : null;
    }

    public static long ToMinor(decimal amount) =>
        TryToMinor(amount) ?? throw new DomainRuleException(ProblemCodes.AmountInvalid, "An amount has at most two decimals.");

    /// <summary>"EUR 1,234.50".</summary>
    public static string Format(long minor, string currency) =>
        $"{currency} {ToDecimal(minor).ToString("#,##0.00", CultureInfo.InvariantCulture)}";
}
