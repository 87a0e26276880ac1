using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities.ListMyMarketingActivities;

/// <summary>The partner's own activities (their organization's, D13), newest first unless sorted otherwise.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyMarketingActivitiesQuery(
    MarketingActivityStatus? Status = null, string? Sort = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<MarketingActivityListItemDto>>, IPortalRequest, IPagedQuery;

public sealed class ListMyMarketingActivitiesHandler(MarketingActivityReader reader)
    : IQueryHandler<ListMyMarketingActivitiesQuery, Paged<MarketingActivityListItemDto>>
{
    public async ValueTask<Paged<MarketingActivityListItemDto>> Handle(ListMyMarketingActivitiesQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(new MarketingActivityFilter(query.Status), query.Sort, query.Page, query.PageSize, cancellationToken);
}
