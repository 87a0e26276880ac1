using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Products.ListProducts;

/// <summary>
/// Products: search by a prefix of the code or name, filter by active; sort by code (default), name or basePrice
/// ('-' descending); keyset paged (<c>cursor</c> from the previous page's <c>nextCursor</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record ListProductsQuery(ProductFilter Filter, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<ProductDto>>, IKeysetQuery;

public sealed class ListProductsHandler(ProductReader products) : IQueryHandler<ListProductsQuery, KeysetPage<ProductDto>>
{
    public async ValueTask<KeysetPage<ProductDto>> Handle(ListProductsQuery query, CancellationToken cancellationToken) =>
        await products.ListAsync(query.Filter, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
