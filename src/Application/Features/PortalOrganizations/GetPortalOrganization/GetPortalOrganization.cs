using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalOrganizations.GetPortalOrganization;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record GetPortalOrganizationQuery(Guid AccountId) : IQuery<PortalOrganizationDto>;

public sealed class GetPortalOrganizationHandler(PortalOrganizationReader reader) : IQueryHandler<GetPortalOrganizationQuery, PortalOrganizationDto>
{
    public async ValueTask<PortalOrganizationDto> Handle(GetPortalOrganizationQuery query, CancellationToken cancellationToken) =>
        await reader.GetByAccountAsync(query.AccountId, cancellationToken);
}
