using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.GetMyProgramHistory;

[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramHistoryQuery : IQuery<IReadOnlyList<ParameterHistoryDto>>, IPortalRequest;

public sealed class GetMyProgramHistoryHandler(MyProgramReader program) : IQueryHandler<GetMyProgramHistoryQuery, IReadOnlyList<ParameterHistoryDto>>
{
    public async ValueTask<IReadOnlyList<ParameterHistoryDto>> Handle(GetMyProgramHistoryQuery query, CancellationToken cancellationToken) =>
        await program.HistoryAsync(await program.ActivePartnershipIdAsync(cancellationToken), cancellationToken);
}
