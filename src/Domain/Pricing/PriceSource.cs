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

/// <summary>How people read a price source (order history, e-mails).</summary>
public static class PriceSources
{
    public static string Label(PriceSource source) => source switch
    {
        PriceSource.PersonalList => "personal price list",
        PriceSource.LevelList => "level price list",
        PriceSource.BaseList => "base price list",
        _ => "product price",
    };
}
