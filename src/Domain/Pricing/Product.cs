using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Domain.Pricing;

/// <summary>
/// Something the vendor sells (DOMAIN: Order lines name products). <see cref="Code"/> is unique and kept normalised
/// (trimmed, upper-case); <see cref="BasePriceMinor"/> is the product page price in minor units of the installation's
/// currency (ADR-007), the last step of the price chain. A product that price lists name is deactivated, not deleted.
/// </summary>
public sealed class Product
{
    public const int MaxCodeLength = 40;
    public const int MaxNameLength = 200;
    public const int MaxUnitLength = 20;

    private Product()
    {
        Code = string.Empty;
        Name = string.Empty;
        Unit = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Letters, digits, '-', '_' and '.', upper-case (<see cref="NormalizeCode"/>); unique.</summary>
    public string Code { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name as searched by prefix (<see cref="NameKey"/>): indexed, so a search never scans the table.</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    /// <summary>What one quantity is: "licence", "pcs", "hour".</summary>
    public string Unit { get; private set; }

    public long BasePriceMinor { get; private set; }

    public bool IsActive { get; private set; }

    public static Product Create(string code, string name, string unit, long basePriceMinor)
    {
        var product = new Product { Id = Guid.CreateVersion7(), IsActive = true };
        product.Update(code, name, unit, basePriceMinor, true);
        return product;
    }

    public void Update(string code, string name, string unit, long basePriceMinor, bool isActive)
    {
        Code = NormalizeCode(code);
        Name = Guard.Required(name, "Name", MaxNameLength);
        NormalizedName = NameKey.Of(Name);
        Unit = Guard.Required(unit, "Unit", MaxUnitLength);
        BasePriceMinor = ValidPrice(basePriceMinor);
        IsActive = isActive;
    }

    public void Deactivate() => IsActive = false;

    /// <summary>" crm-pro " → "CRM-PRO"; anything but letters, digits, '-', '_' and '.' is refused (<c>product_code_invalid</c>).</summary>
    public static string NormalizeCode(string? code)
    {
        var trimmed = Guard.Required(code, "Code", MaxCodeLength).ToUpperInvariant();
        return trimmed.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.')
            ? trimmed
            : throw new DomainRuleException(ProblemCodes.ProductCodeInvalid, "A product code holds only letters, digits, '-', '_' and '.'.");
    }

    /// <summary>A price in minor units: 0 (free) up to <see cref="Money.MaxEntryMinor"/> (<c>price_invalid</c> otherwise).</summary>
    public static long ValidPrice(long minor) =>
        minor is >= 0 and <= Money.MaxEntryMinor
            ? minor
            : throw new DomainRuleException(ProblemCodes.PriceInvalid, $"A price is between 0 and {Money.ToDecimal(Money.MaxEntryMinor):0.00}.");
}
