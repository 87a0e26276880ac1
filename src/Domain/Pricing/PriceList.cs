using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Pricing;

public enum PriceListKind
{
    /// <summary>The installation's "Base price list": one at most.</summary>
    Base,

    /// <summary>Special prices of one partner level: one per level.</summary>
    Level,

    /// <summary>A partner account's personal prices (DOMAIN S5): one per account.</summary>
    Personal,
}

/// <summary>
/// A price list: a product → price table (minor units) for everyone (<see cref="PriceListKind.Base"/>), one level, or one
/// partner account. Each product appears at most once. <see cref="ScopeKey"/> names what the list is for and is
/// unique, so there is at most one base list, one list per level and one per account, even when two requests race.
/// </summary>
public sealed class PriceList
{
    public const int MaxNameLength = 100;

    private readonly List<PriceListLine> _lines = [];

    private PriceList()
    {
        Name = string.Empty;
        ScopeKey = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public string NormalizedName { get; private set; } = string.Empty;

    public PriceListKind Kind { get; private set; }

    public Guid? PartnerLevelId { get; private set; }

    public Guid? AccountId { get; private set; }

    /// <summary>"base", "level:&lt;id&gt;" or "account:&lt;id&gt;": unique.</summary>
    public string ScopeKey { get; private set; }

    public IReadOnlyList<PriceListLine> Lines => _lines;

    public static PriceList Create(string name, PriceListKind kind, Guid? partnerLevelId, Guid? accountId)
    {
        var scope = kind switch
        {
            PriceListKind.Base when partnerLevelId is null && accountId is null => "base",
            PriceListKind.Level when partnerLevelId is { } level && accountId is null => $"level:{level}",
            PriceListKind.Personal when accountId is { } account && partnerLevelId is null => $"account:{account}",
            _ => throw new DomainRuleException(
                ProblemCodes.PriceListScopeInvalid,
                "A base list names neither level nor account, a level list names exactly its level, a personal list exactly its account."),
        };
        var list = new PriceList { Id = Guid.CreateVersion7(), Kind = kind, PartnerLevelId = partnerLevelId, AccountId = accountId, ScopeKey = scope };
        list.Rename(name);
        return list;
    }

    public static string ScopeKeyOf(PriceListKind kind, Guid? partnerLevelId, Guid? accountId) => kind switch
    {
        PriceListKind.Level => $"level:{partnerLevelId}",
        PriceListKind.Personal => $"account:{accountId}",
        _ => "base",
    };

    public void Rename(string name)
    {
        Name = Guard.Required(name, "Name", MaxNameLength);
        NormalizedName = NameKey.Of(Name);
    }

    /// <summary>Sets the price of a product: a new line, or the product's existing line changed (one line per product).</summary>
    public PriceListLine SetPrice(Product product, long priceMinor)
    {
        var price = Product.ValidPrice(priceMinor);
        var line = _lines.SingleOrDefault(l => l.ProductId == product.Id);
        if (line is null)
        {
            if (!product.IsActive)
            {
                throw new DomainRuleException(ProblemCodes.ProductInactive, $"{product.Code} is inactive; activate it before pricing it.");
            }

            line = new PriceListLine(Id, product.Id, price);
            _lines.Add(line);
        }
        else
        {
            line.PriceMinor = price;
        }

        return line;
    }

    /// <summary>Removes the product's line; <c>price_list_line_not_found</c> when the list has none.</summary>
    public void RemovePrice(Guid productId) =>
        _lines.Remove(_lines.SingleOrDefault(l => l.ProductId == productId)
            ?? throw new DomainRuleException(ProblemCodes.PriceListLineNotFound, "This price list has no price for the product."));
}

/// <summary>One product's price on a price list (minor units).</summary>
public sealed class PriceListLine
{
    private PriceListLine()
    {
    }

    internal PriceListLine(Guid priceListId, Guid productId, long priceMinor)
    {
        Id = Guid.CreateVersion7();
        PriceListId = priceListId;
        ProductId = productId;
        PriceMinor = priceMinor;
    }

    public Guid Id { get; private set; }

    public Guid PriceListId { get; private set; }

    public Guid ProductId { get; private set; }

    public long PriceMinor { get; internal set; }
}
