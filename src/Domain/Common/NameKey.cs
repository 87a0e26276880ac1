namespace PartnerPortal.Domain.Common;

/// <summary>
/// The form in which names are compared for uniqueness: trimmed and upper-cased (invariant), so " reseller " and
/// "Reseller" are the same name. Entities store it beside the name (a unique index on it catches concurrent creates).
/// </summary>
public static class NameKey
{
    public const int MaxLength = 250;

    public static string Of(string? name) => (name ?? string.Empty).Trim().ToUpperInvariant();
}
