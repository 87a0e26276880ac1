using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalOrganizations.ListPortalOrganizations;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record ListPortalOrganizationsQuery : IQuery<IReadOnlyList<PortalOrganizationDto>>;

public sealed class ListPortalOrganizationsHandler(PortalOrganizationReader reader)
    : IQueryHandler<ListPortalOrganizationsQuery, IReadOnlyList<PortalOrganizationDto>>
{
    public async ValueTask<IReadOnlyList<PortalOrganizationDto>> Handle(ListPortalOrganizationsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(cancellationToken);
}
