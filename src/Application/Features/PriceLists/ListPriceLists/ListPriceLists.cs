using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.ListPriceLists;

/// <summary>Price lists by name: filter by kind, level, account, a prefix of the name; keyset paged.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record ListPriceListsQuery(PriceListFilter Filter, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<PriceListDto>>, IKeysetQuery;

public sealed class ListPriceListsHandler(PriceListStore lists) : IQueryHandler<ListPriceListsQuery, KeysetPage<PriceListDto>>
{
    public async ValueTask<KeysetPage<PriceListDto>> Handle(ListPriceListsQuery query, CancellationToken cancellationToken) =>
        await lists.ListAsync(query.Filter, query.Cursor, query.Limit, cancellationToken);
}
