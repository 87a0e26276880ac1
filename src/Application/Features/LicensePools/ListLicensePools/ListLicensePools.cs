using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.LicensePools.ListLicensePools;

/// <summary>Licence pools by edition with their seats used and free.</summary>
[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record ListLicensePoolsQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize) : IQuery<Paged<LicensePoolDto>>, IPagedQuery;

public sealed class ListLicensePoolsHandler(SeatAllocator seats) : IQueryHandler<ListLicensePoolsQuery, Paged<LicensePoolDto>>
{
    public async ValueTask<Paged<LicensePoolDto>> Handle(ListLicensePoolsQuery query, CancellationToken cancellationToken) =>
        await seats.Usage().ToPagedAsync(query.Page, query.PageSize, cancellationToken);
}
