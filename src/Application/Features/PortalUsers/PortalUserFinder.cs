using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>Finds the portal users and organizations a back-office change is about, tracked, or answers 404.</summary>
public sealed class PortalUserFinder(IApplicationDbContext db)
{
    public Task<PortalOrganization> OrganizationAsync(Guid id, CancellationToken cancellationToken) =>
        db.PortalOrganizations.Where(o => o.Id == id).FirstOr404Async("Portal organization", id, cancellationToken);

    public Task<PortalUser> UserAsync(Guid id, CancellationToken cancellationToken) =>
        db.PortalUsers.Where(u => u.Id == id).FirstOr404Async("Portal user", id, cancellationToken);
}
