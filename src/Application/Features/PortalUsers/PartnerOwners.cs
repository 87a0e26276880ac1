using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>A portal user of the partner who may own one of its records (the owner pickers).</summary>
public sealed record OwnerCandidateDto(Guid Id, string Name, string Email);

/// <summary>
/// Who may own a partner's records (an activity, a lead): the active portal users of the partner account's
/// organization (invariant 13). The one definition behind the owner pickers and the owner checks of every aggregate.
/// </summary>
public sealed class PartnerOwners(IApplicationDbContext db)
{
    /// <summary>The most candidates a picker lists.</summary>
    public const int MaxCandidates = 500;

    /// <summary>The owner picker: the partner's active portal users with their names, by name.</summary>
    public async Task<IReadOnlyList<OwnerCandidateDto>> CandidatesAsync(Guid accountId, CancellationToken cancellationToken) =>
        await (from u in ActiveUsersOf(accountId)
               join c in db.Contacts on u.ContactId equals c.Id
               orderby c.Name, u.Email, u.Id
               select new OwnerCandidateDto(u.Id, c.Name, u.Email))
            .Take(MaxCandidates)
            .ToListAsync(cancellationToken);

    /// <summary>Whether <paramref name="userId"/> may own the partner's records.</summary>
    public Task<bool> MayOwnAsync(Guid userId, Guid accountId, CancellationToken cancellationToken) =>
        ActiveUsersOf(accountId).AnyAsync(u => u.Id == userId, cancellationToken);

    private IQueryable<PortalUser> ActiveUsersOf(Guid accountId) =>
        from u in db.PortalUsers
        join o in db.PortalOrganizations on u.OrganizationId equals o.Id
        where u.IsActive && o.AccountId == accountId
        select u;
}
