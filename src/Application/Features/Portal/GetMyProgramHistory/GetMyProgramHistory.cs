using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Portal.GetMyProgramHistory;

/// <summary>The parameter history of the caller's active partnership, newest first.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramHistoryQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<ParameterHistoryDto>>, IPortalRequest, IPagedQuery;

public sealed class GetMyProgramHistoryHandler(MyProgramReader program) : IQueryHandler<GetMyProgramHistoryQuery, Paged<ParameterHistoryDto>>
{
    public async ValueTask<Paged<ParameterHistoryDto>> Handle(GetMyProgramHistoryQuery query, CancellationToken cancellationToken) =>
        await program.HistoryAsync(await program.ActivePartnershipIdAsync(cancellationToken), query.Page, query.PageSize, cancellationToken);
}
