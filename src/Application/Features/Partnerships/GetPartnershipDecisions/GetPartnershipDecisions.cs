using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships.Tiers;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnershipDecisions;

/// <summary>The partnership's tier decisions, newest first: what was measured, the points, the result and why (section 6.1).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipDecisionsQuery(Guid Id, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<TierDecisionDto>>, IPagedQuery;

public sealed class GetPartnershipDecisionsHandler(TierDecisionReader reader) : IQueryHandler<GetPartnershipDecisionsQuery, Paged<TierDecisionDto>>
{
    public async ValueTask<Paged<TierDecisionDto>> Handle(GetPartnershipDecisionsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Id, forPartner: false, query.Page, query.PageSize, cancellationToken) ?? throw new NotFoundException("Partnership", query.Id);
}
