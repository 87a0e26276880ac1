using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.ListMyOpportunities;

/// <summary>Your organization's opportunities; filter by stage; sort like the back-office list (newest first by default); keyset paged.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyOpportunitiesQuery(OpportunityStage? Stage = null, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<OpportunityListItemDto>>, IPortalRequest, IKeysetQuery;

public sealed class ListMyOpportunitiesHandler(OpportunityReader reader) : IQueryHandler<ListMyOpportunitiesQuery, KeysetPage<OpportunityListItemDto>>
{
    public async ValueTask<KeysetPage<OpportunityListItemDto>> Handle(ListMyOpportunitiesQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(new OpportunityFilter(query.Stage), query.Sort, query.Cursor, query.Limit, cancellationToken);
}
