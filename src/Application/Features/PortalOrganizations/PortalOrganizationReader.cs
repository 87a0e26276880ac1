using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalOrganizations;

/// <summary>Reads portal organizations with their user counts as DTOs.</summary>
public sealed class PortalOrganizationReader(IApplicationDbContext db)
{
    public async Task<IReadOnlyList<PortalOrganizationDto>> ListAsync(CancellationToken cancellationToken) =>
        await Project(db.PortalOrganizations.OrderBy(o => o.Name)).ToListAsync(cancellationToken);

    public Task<PortalOrganizationDto> GetByAccountAsync(Guid accountId, CancellationToken cancellationToken) =>
        Project(db.PortalOrganizations.Where(o => o.AccountId == accountId)).FirstOr404Async("Portal organization of account", accountId, cancellationToken);

    private IQueryable<PortalOrganizationDto> Project(IQueryable<PortalOrganization> organizations) =>
        from o in organizations.AsNoTracking()
        join a in db.Accounts on o.AccountId equals a.Id
        select new PortalOrganizationDto(
            o.Id, o.AccountId, a.Name, o.Name,
            db.PortalUsers.Count(u => u.OrganizationId == o.Id),
            db.PortalUsers.Count(u => u.OrganizationId == o.Id && u.IsActive));
}
