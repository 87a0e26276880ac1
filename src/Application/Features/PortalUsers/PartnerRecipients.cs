using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>
/// Who on the partner's side an e-mail about its records goes to (D12): the active organization admins of the partner
/// account, plus one active user of it when named (the proposer, the registering user, a lead's owner). One definition
/// for every notification; distinct and in a stable order.
/// </summary>
public sealed class PartnerRecipients(IApplicationDbContext db)
{
    public async Task<IReadOnlyList<string>> EmailsAsync(Guid partnerAccountId, Guid? alsoUserId, CancellationToken cancellationToken)
    {
        // The system picks recipients, possibly of another partner than the caller's (a lead re-offered after a
        // partner's decline runs in the decliner's scope); only addresses are read, and nothing is returned to the caller.
        var emails = await (
                from u in db.PortalUsers.IgnoreQueryFilters()
                join o in db.PortalOrganizations.IgnoreQueryFilters() on u.OrganizationId equals o.Id
                where o.AccountId == partnerAccountId && u.IsActive && (u.IsOrganizationAdmin || u.Id == alsoUserId)
                select u.Email)
            .ToListAsync(cancellationToken);
        return [.. emails.Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.OrdinalIgnoreCase)];
    }
}
