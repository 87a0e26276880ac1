using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PortalOrganizations.ListPortalOrganizations;

/// <summary>Portal organizations by name, optionally those whose name or partner's name contains <see cref="Search"/>.</summary>
[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record ListPortalOrganizationsQuery(string? Search = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PortalOrganizationDto>>, IPagedQuery;

public sealed class ListPortalOrganizationsHandler(PortalOrganizationReader reader)
    : IQueryHandler<ListPortalOrganizationsQuery, Paged<PortalOrganizationDto>>
{
    public async ValueTask<Paged<PortalOrganizationDto>> Handle(ListPortalOrganizationsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Search, query.Page, query.PageSize, cancellationToken);
}
