using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools.ListLicensePools;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record ListLicensePoolsQuery : IQuery<IReadOnlyList<LicensePoolDto>>;

public sealed class ListLicensePoolsHandler(SeatAllocator seats) : IQueryHandler<ListLicensePoolsQuery, IReadOnlyList<LicensePoolDto>>
{
    public async ValueTask<IReadOnlyList<LicensePoolDto>> Handle(ListLicensePoolsQuery query, CancellationToken cancellationToken) =>
        await seats.Usage().ToListAsync(cancellationToken);
}
