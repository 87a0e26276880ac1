using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PortalUsers.ListPortalUsers;

/// <summary>The organization's portal users, by name.</summary>
[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record ListPortalUsersQuery(Guid OrganizationId, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PortalUserDto>>, IPagedQuery;

public sealed class ListPortalUsersHandler(PortalUserFinder finder, PortalMembers members) : IQueryHandler<ListPortalUsersQuery, Paged<PortalUserDto>>
{
    public async ValueTask<Paged<PortalUserDto>> Handle(ListPortalUsersQuery query, CancellationToken cancellationToken)
    {
        await finder.OrganizationAsync(query.OrganizationId, cancellationToken);
        return await members.ListAsync(query.OrganizationId, query.Page, query.PageSize, cancellationToken);
    }
}
