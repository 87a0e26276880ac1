using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.Products;

/// <summary>
/// Reads products for the back-office. The search is a prefix of the code or of the name, as a key range on the indexed
/// <c>Code</c> and <c>NormalizedName</c> columns (<c>key &gt;= q AND key &lt; q'</c>, q' = q with its last character
/// incremented): an index seek on every provider, never a <c>LIKE '%q%'</c> scan.
/// </summary>
public sealed class ProductReader(IApplicationDbContext db, IOptions<AppOptions> app)
{
    /// <summary>The keys the list can be sorted by (prefix '-' for descending); the default is by code.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["code", "name", "basePrice"];

    public Task<KeysetPage<ProductDto>> ListAsync(ProductFilter filter, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var products = Filtered(db.Products.AsNoTracking(), filter);
        var descending = sort?.StartsWith('-') ?? false;
        var currency = app.Value.Currency;
        return (sort?.TrimStart('-')) switch
        {
            "name" => products.ToKeysetPageAsync(
                "name", p => p.NormalizedName, p => p.Id, descending, cursor, limit, Row(currency), r => NameKey.Of(r.Name), r => r.Id, cancellationToken),
            "basePrice" => products.ToKeysetPageAsync(
                "basePrice", p => p.BasePriceMinor, p => p.Id, descending, cursor, limit, Row(currency), r => r.BasePriceMinor, r => r.Id, cancellationToken),
            _ => products.ToKeysetPageAsync("code", p => p.Code, p => p.Id, descending, cursor, limit, Row(currency), r => r.Code, r => r.Id, cancellationToken),
        };
    }

    /// <summary>The portal's picker: active products by code, searched like the list, without the base price.</summary>
    public Task<KeysetPage<CatalogProductDto>> CatalogAsync(string? search, string? cursor, int limit, CancellationToken cancellationToken) =>
        Filtered(db.Products.AsNoTracking(), new ProductFilter(search, Active: true)).ToKeysetPageAsync(
            "code", p => p.Code, p => p.Id, false, cursor, limit, p => new CatalogProductDto(p.Id, p.Code, p.Name, p.Unit), r => r.Code, r => r.Id, cancellationToken);

    public Task<ProductDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        db.Products.AsNoTracking().Where(p => p.Id == id).Select(Row(app.Value.Currency)).FirstOr404Async("Product", id, cancellationToken);

    public Task<Product> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.Products.Where(p => p.Id == id).FirstOr404Async("Product", id, cancellationToken);

    /// <summary>409 <c>duplicate_code</c> when another product has the (normalised) code.</summary>
    public Task EnsureUniqueCodeAsync(string code, Guid? exceptId, CancellationToken cancellationToken)
    {
        var key = Product.NormalizeCode(code);
        return db.Products.EnsureNoneAsync(
            p => p.Code == key && p.Id != exceptId, ProblemCodes.DuplicateCode, $"A product with the code {key} already exists.", cancellationToken);
    }

    private static System.Linq.Expressions.Expression<Func<Product, ProductDto>> Row(string currency) =>
        p => new ProductDto(p.Id, p.Code, p.Name, p.Unit, p.BasePriceMinor, currency, p.IsActive);

    private static IQueryable<Product> Filtered(IQueryable<Product> products, ProductFilter filter)
    {
        if (filter.Active is { } active)
        {
            products = products.Where(p => p.IsActive == active);
        }

        return Search(products, filter.Search);
    }

    /// <summary>The products whose code or name starts with <paramref name="search"/> (ignoring case), as two index ranges.</summary>
    public static IQueryable<Product> Search(IQueryable<Product> products, string? search) =>
        PrefixSearch.Range(search) is var (from, to)
            ? products.Where(p =>
                (p.Code.CompareTo(from) >= 0 && p.Code.CompareTo(to) < 0) || (p.NormalizedName.CompareTo(from) >= 0 && p.NormalizedName.CompareTo(to) < 0))
            : products;
}
