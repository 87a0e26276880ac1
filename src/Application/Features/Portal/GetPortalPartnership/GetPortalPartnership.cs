using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.GetPortalPartnership;

[Authorize(Roles = Roles.PortalUser)]
public sealed record GetPortalPartnershipQuery(Guid Id) : IQuery<PartnerProgramDto>, IPortalRequest;

public sealed class GetPortalPartnershipHandler(MyProgramReader program) : IQueryHandler<GetPortalPartnershipQuery, PartnerProgramDto>
{
    public async ValueTask<PartnerProgramDto> Handle(GetPortalPartnershipQuery query, CancellationToken cancellationToken) =>
        await program.ReadAsync(query.Id, cancellationToken);
}
