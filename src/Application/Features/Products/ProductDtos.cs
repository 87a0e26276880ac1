using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Products;

/// <summary>A product: its base price in minor units (exact) and as a decimal (display), in the installation's currency.</summary>
public sealed record ProductDto(Guid Id, string Code, string Name, string Unit, long BasePriceMinor, string Currency, bool IsActive)
{
    public decimal BasePrice => Money.ToDecimal(BasePriceMinor);
}

/// <summary>A product in the portal's picker: what a partner may see of it (its price is the partner's own, resolved apart).</summary>
public sealed record CatalogProductDto(Guid Id, string Code, string Name, string Unit);

/// <summary>The products list's filters: <see cref="Search"/> is a prefix of the code or of the name (ignoring case).</summary>
public sealed record ProductFilter(string? Search = null, bool? Active = null);
