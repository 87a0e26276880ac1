using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.GetMyProgram;

[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyProgramQuery : IQuery<PartnerProgramDto>, IPortalRequest;

public sealed class GetMyProgramHandler(MyProgramReader program) : IQueryHandler<GetMyProgramQuery, PartnerProgramDto>
{
    public async ValueTask<PartnerProgramDto> Handle(GetMyProgramQuery query, CancellationToken cancellationToken) =>
        await program.ReadAsync(await program.ActivePartnershipIdAsync(cancellationToken), cancellationToken);
}
