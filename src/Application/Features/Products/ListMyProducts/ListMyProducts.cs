using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Products.ListMyProducts;

/// <summary>
/// The portal's product picker: the active products (code, name, unit; never the vendor's base price), searched by a
/// prefix of the code or name, by code, keyset paged. The partner's own price comes from <c>GET /api/portal/products/price</c>.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyProductsQuery(string? Search = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<CatalogProductDto>>, IPortalRequest, IKeysetQuery;

public sealed class ListMyProductsHandler(ProductReader products) : IQueryHandler<ListMyProductsQuery, KeysetPage<CatalogProductDto>>
{
    public async ValueTask<KeysetPage<CatalogProductDto>> Handle(ListMyProductsQuery query, CancellationToken cancellationToken) =>
        await products.CatalogAsync(query.Search, query.Cursor, query.Limit, cancellationToken);
}
