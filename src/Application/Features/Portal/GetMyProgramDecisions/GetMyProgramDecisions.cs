using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Portal.GetMyProgramDecisions;

/// <summary>The tier decisions of the caller's active partnership, newest first: why it stands where it stands.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramDecisionsQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<TierDecisionDto>>, IPortalRequest, IPagedQuery;

public sealed class GetMyProgramDecisionsHandler(MyProgramReader program, TierDecisionReader reader) : IQueryHandler<GetMyProgramDecisionsQuery, Paged<TierDecisionDto>>
{
    public async ValueTask<Paged<TierDecisionDto>> Handle(GetMyProgramDecisionsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(await program.ActivePartnershipIdAsync(cancellationToken), forPartner: true, query.Page, query.PageSize, cancellationToken)
        ?? new Paged<TierDecisionDto>([], query.Page, query.PageSize, 0);
}
