using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.Portal;

/// <summary>D18: organization admins manage their colleagues' portal users, within the seat limit.</summary>
public sealed class MyOrganization(IApplicationDbContext db, PartnerScope scope)
{
    public void EnsureAdmin()
    {
        if (!scope.IsOrganizationAdmin)
        {
            throw new ForbiddenAccessException("Only your organization's administrators manage its users.");
        }
    }

    public Task<PortalOrganization> OrganizationAsync(CancellationToken cancellationToken) =>
        db.PortalOrganizations.SingleAsync(o => o.Id == scope.OrganizationId, cancellationToken);

    // The partner scope already hides other organizations' users; the organization check keeps it to this one.
    public Task<PortalUser> ColleagueAsync(Guid id, CancellationToken cancellationToken) =>
        db.PortalUsers.Where(u => u.Id == id && u.OrganizationId == scope.OrganizationId).FirstOr404Async("Portal user", id, cancellationToken);
}
