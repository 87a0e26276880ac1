using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Portal.GetMyProgramHistory;

/// <summary>The timeline of the caller's active partnership, newest first: level changes and obligation values, worded for the partner.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramHistoryQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<ProgramEventDto>>, IPortalRequest, IPagedQuery;

public sealed class GetMyProgramHistoryHandler(MyProgramReader program) : IQueryHandler<GetMyProgramHistoryQuery, Paged<ProgramEventDto>>
{
    public async ValueTask<Paged<ProgramEventDto>> Handle(GetMyProgramHistoryQuery query, CancellationToken cancellationToken) =>
        await program.HistoryAsync(await program.ActivePartnershipIdAsync(cancellationToken), query.Page, query.PageSize, cancellationToken);
}
