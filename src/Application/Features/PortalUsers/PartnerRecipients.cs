using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Notifications;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>
/// Who on the partner's side a notice about its records goes to (D12): the active organization admins of the partner
/// account, plus one active user of it when named (the proposer, the registering user, a lead's owner). One definition
/// for every notification; distinct and in a stable order.
/// </summary>
public sealed class PartnerRecipients(IApplicationDbContext db)
{
    public async Task<IReadOnlyList<Recipient>> ListAsync(Guid partnerAccountId, Guid? alsoUserId, CancellationToken cancellationToken)
    {
        // The system picks recipients, possibly of another partner than the caller's (a lead re-offered after a
        // partner's decline runs in the decliner's scope); nothing read here is returned to the caller.
        var users = await (
                from u in db.PortalUsers.IgnoreQueryFilters()
                join o in db.PortalOrganizations.IgnoreQueryFilters() on u.OrganizationId equals o.Id
                where o.AccountId == partnerAccountId && u.IsActive && (u.IsOrganizationAdmin || u.Id == alsoUserId)
                select new { u.Id, u.Email })
            .ToListAsync(cancellationToken);
        return [.. users.DistinctBy(u => u.Email, StringComparer.OrdinalIgnoreCase).OrderBy(u => u.Email, StringComparer.OrdinalIgnoreCase)
            .Select(u => new Recipient(u.Id, u.Email, partnerAccountId))];
    }
}
