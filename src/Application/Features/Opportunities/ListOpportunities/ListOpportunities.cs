using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Opportunities.ListOpportunities;

/// <summary>
/// The back-office opportunities list: every partner's and the vendor's own; filter by stage, partner and owner; sort by
/// createdAt (default, newest first), updatedAt or amount; keyset paged (<c>cursor</c> from the previous page's <c>nextCursor</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ListOpportunitiesQuery(OpportunityFilter Filter, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<OpportunityListItemDto>>, IKeysetQuery;

public sealed class ListOpportunitiesHandler(OpportunityReader reader) : IQueryHandler<ListOpportunitiesQuery, KeysetPage<OpportunityListItemDto>>
{
    public async ValueTask<KeysetPage<OpportunityListItemDto>> Handle(ListOpportunitiesQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Filter, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
