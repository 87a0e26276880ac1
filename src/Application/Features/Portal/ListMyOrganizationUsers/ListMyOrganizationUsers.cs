using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.ListMyOrganizationUsers;

[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyOrganizationUsersQuery : IQuery<IReadOnlyList<PortalUserDto>>, IPortalRequest;

public sealed class ListMyOrganizationUsersHandler(MyOrganization organization, PartnerScope scope, PortalMembers members)
    : IQueryHandler<ListMyOrganizationUsersQuery, IReadOnlyList<PortalUserDto>>
{
    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(ListMyOrganizationUsersQuery query, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        return await members.ListAsync(scope.OrganizationId!.Value, cancellationToken);
    }
}
