using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities.ListMarketingActivities;

/// <summary>
/// The employees' list and approval queue (<c>status=OnApproval&amp;sort=submittedAt</c>): filter by status,
/// partnership, partner account and name; sort; page.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ListMarketingActivitiesQuery(
    MarketingActivityStatus? Status = null,
    Guid? PartnershipId = null,
    Guid? AccountId = null,
    string? Search = null,
    string? Sort = null,
    int Page = 1,
    int PageSize = PagingExtensions.DefaultPageSize) : IQuery<Paged<MarketingActivityListItemDto>>, IPagedQuery;

public sealed class ListMarketingActivitiesHandler(MarketingActivityReader reader)
    : IQueryHandler<ListMarketingActivitiesQuery, Paged<MarketingActivityListItemDto>>
{
    public async ValueTask<Paged<MarketingActivityListItemDto>> Handle(ListMarketingActivitiesQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(
            new MarketingActivityFilter(query.Status, query.PartnershipId, query.AccountId, query.Search), query.Sort, query.Page, query.PageSize,
            cancellationToken);
}
