using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.LicensePools.GetLicensePool;

/// <summary>One licence pool with its seats used and free.</summary>
[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record GetLicensePoolQuery(Guid Id) : IQuery<LicensePoolDto>;

public sealed class GetLicensePoolHandler(SeatAllocator seats) : IQueryHandler<GetLicensePoolQuery, LicensePoolDto>
{
    public async ValueTask<LicensePoolDto> Handle(GetLicensePoolQuery query, CancellationToken cancellationToken) =>
        await seats.Usage(query.Id).FirstOr404Async("Licence pool", query.Id, cancellationToken);
}
