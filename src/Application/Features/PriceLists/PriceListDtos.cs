using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists;

/// <summary>A price list as lists show it: what it is for (a level, an account, or the base list) and its number of prices.</summary>
public sealed record PriceListDto(
    Guid Id, string Name, PriceListKind Kind, Guid? PartnerLevelId, string? PartnerLevelName, Guid? AccountId, string? AccountName, int LineCount);

/// <summary>One product's price on a list (minor units, and the decimal for display).</summary>
public sealed record PriceListLineDto(Guid ProductId, string ProductCode, string ProductName, string Unit, bool ProductActive, long PriceMinor)
{
    public decimal Price => Money.ToDecimal(PriceMinor);
}

/// <summary>A price list with its prices, by product code.</summary>
public sealed record PriceListDetailDto(PriceListDto List, string Currency, IReadOnlyList<PriceListLineDto> Lines);

/// <summary>The price lists list's filters; <see cref="Search"/> is a prefix of the name (ignoring case).</summary>
public sealed record PriceListFilter(PriceListKind? Kind = null, Guid? PartnerLevelId = null, Guid? AccountId = null, string? Search = null);

/// <summary>
/// A product's price for an account and where it came from (<see cref="Source"/>, and the list when one priced it),
/// with the default line discount: the Margin benefit of the account's active partnership (its own Benefit row, D6/D16),
/// or null when it has none.
/// </summary>
public sealed record PriceResolutionDto(
    Guid AccountId, Guid ProductId, string ProductCode, long PriceMinor, string Currency, PriceSource Source, Guid? PriceListId, string? PriceListName,
    Guid? PartnershipId, Guid? PartnerLevelId, decimal? DefaultDiscountPercent)
{
    public decimal Price => Money.ToDecimal(PriceMinor);
}
