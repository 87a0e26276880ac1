using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalOrganizations;

/// <summary>Reads portal organizations with their user counts as DTOs.</summary>
public sealed class PortalOrganizationReader(IApplicationDbContext db)
{
    /// <summary>One page of organizations by name, optionally those whose partner's name starts with <paramref name="search"/> (<see cref="PrefixSearch"/>).</summary>
    public async Task<Paged<PortalOrganizationDto>> ListAsync(string? search, int page, int pageSize, CancellationToken cancellationToken)
    {
        var organizations = db.PortalOrganizations.AsQueryable();
        if (PrefixSearch.Range(search) is var (from, to))
        {
            organizations = organizations.Where(o =>
                db.Accounts.Any(a => a.Id == o.AccountId && a.NormalizedName.CompareTo(from) >= 0 && a.NormalizedName.CompareTo(to) < 0));
        }

        return await Project(organizations.OrderBy(o => o.Name).ThenBy(o => o.Id)).ToPagedAsync(page, pageSize, cancellationToken);
    }

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
