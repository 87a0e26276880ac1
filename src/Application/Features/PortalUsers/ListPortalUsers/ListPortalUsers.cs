using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.ListPortalUsers;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record ListPortalUsersQuery(Guid OrganizationId) : IQuery<IReadOnlyList<PortalUserDto>>;

public sealed class ListPortalUsersHandler(PortalUserFinder finder, PortalMembers members) : IQueryHandler<ListPortalUsersQuery, IReadOnlyList<PortalUserDto>>
{
    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(ListPortalUsersQuery query, CancellationToken cancellationToken)
    {
        await finder.OrganizationAsync(query.OrganizationId, cancellationToken);
        return await members.ListAsync(query.OrganizationId, cancellationToken);
    }
}
