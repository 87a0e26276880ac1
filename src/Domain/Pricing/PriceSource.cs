namespace PartnerPortal.Domain.Pricing;

/// <summary>Where a resolved price came from, first match wins (DOMAIN invariant/W6.4, issue 10).</summary>
public enum PriceSource
{
    /// <summary>The account's personal price list.</summary>
    PersonalList,

    /// <summary>The price list of the level of the account's active partnership.</summary>
    LevelList,

    /// <summary>The base price list.</summary>
    BaseList,

    /// <summary>The product's own base price (no list prices it).</summary>
    ProductPrice,
}
