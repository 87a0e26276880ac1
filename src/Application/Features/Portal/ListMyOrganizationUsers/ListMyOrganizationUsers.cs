using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Portal.ListMyOrganizationUsers;

/// <summary>The portal users of the caller's own organization, by name (organization admins).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyOrganizationUsersQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PortalUserDto>>, IPortalRequest, IPagedQuery;

public sealed class ListMyOrganizationUsersHandler(MyOrganization organization, PartnerScope scope, PortalMembers members)
    : IQueryHandler<ListMyOrganizationUsersQuery, Paged<PortalUserDto>>
{
    public async ValueTask<Paged<PortalUserDto>> Handle(ListMyOrganizationUsersQuery query, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        return await members.ListAsync(scope.OrganizationId!.Value, query.Page, query.PageSize, cancellationToken);
    }
}
