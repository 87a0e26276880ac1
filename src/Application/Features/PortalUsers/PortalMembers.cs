using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>
/// Adding, inviting and reading portal users: one implementation for employees (any organization) and for
/// organization admins on the portal (their own organization, through the partner scope).
/// </summary>
public sealed class PortalMembers(
    IApplicationDbContext db, IIdentityService identity, TimeProvider clock, PartnerScope scope,
    SeatAllocator seats, IOptions<PortalOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>One page of the organization's portal users, by name.</summary>
    public async Task<Paged<PortalUserDto>> ListAsync(Guid organizationId, int page, int pageSize, CancellationToken cancellationToken) =>
        await Project(db.PortalUsers.Where(u => u.OrganizationId == organizationId)).ToPagedAsync(page, pageSize, cancellationToken);

    public async Task<PortalUserDto> ReadAsync(Guid userId, CancellationToken cancellationToken) =>
        await Project(db.PortalUsers.Where(u => u.Id == userId)).FirstOr404Async("Portal user", userId, cancellationToken);

    public async Task<IReadOnlyList<PortalUserDto>> AddAsync(
        PortalOrganization organization, IReadOnlyCollection<Guid> contactIds, IReadOnlyCollection<string> emails, bool makeAdmins, bool sendInvitations,
        CancellationToken cancellationToken)
    {
        var contacts = await db.Contacts.Where(c => contactIds.Contains(c.Id)).ToListAsync(cancellationToken);
        var missing = contactIds.Except(contacts.Select(c => c.Id)).ToList();
        if (missing.Count > 0)
        {
            throw new NotFoundException("Contact", missing[0]);
        }

        if (contacts.Any(c => c.AccountId != organization.AccountId))
        {
            throw new DomainRuleException(ProblemCodes.ContactOfOtherAccount, "Only contacts of the organization's partner account can become its portal users.");
        }

        var newEmails = emails.Select(Contact.NormalizeEmail).Distinct().Where(e => contacts.All(c => c.Email != e)).ToList();
        await EnsureAtOwnDomain(organization, newEmails, cancellationToken);
        var known = await db.Contacts.Where(c => c.AccountId == organization.AccountId && newEmails.Contains(c.Email)).ToListAsync(cancellationToken);
        foreach (var address in newEmails)
        {
            var contact = known.FirstOrDefault(c => c.Email == address);
            if (contact is null)
            {
                contact = Contact.Create(organization.AccountId, null, address);
                db.Contacts.Add(contact);
            }

            contacts.Add(contact);
        }

        await EnsureWithinOrganizationLimit(organization, contacts.Count, cancellationToken);
        await EnsureFree(organization, contacts, cancellationToken);
        var added = contacts.Select(contact => (User: PortalUser.Create(organization, contact, makeAdmins), Contact: contact)).ToList();
        await seats.ActivateAsync([.. added.Select(a => a.User)], Now, cancellationToken);
        db.PortalUsers.AddRange(added.Select(a => a.User));

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (user, contact) in added)
        {
            await identity.CreatePortalLoginAsync(user.Id, contact.Email, contact.Name, cancellationToken);
        }

        if (sendInvitations)
        {
            // One save for all: each Invite raises an event whose e-mail lands in the outbox with it.
            foreach (var (user, _) in added)
            {
                user.Invite(Now);
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        var ids = added.Select(a => a.User.Id).ToList();
        return await Project(db.PortalUsers.Where(u => ids.Contains(u.Id))).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Gives an inactive user of the organization access again, on a free seat; an organization admin's request also
    /// stays within the organization's share of active users. The caller saves.
    /// </summary>
    public async Task ActivateAsync(PortalOrganization organization, PortalUser user, CancellationToken cancellationToken)
    {
        if (user.IsActive)
        {
            return;
        }

        await EnsureWithinOrganizationLimit(organization, 1, cancellationToken);
        await seats.ActivateAsync([user], Now, cancellationToken);
    }

    // Who may learn what about an address. An employee sees every organization and every login, so they are told why.
    // An organization admin on the portal may add only addresses at the partner account's e-mail domain
    // (EnsureAtOwnDomain), so nothing the portal answers concerns a vendor employee or another company's people; and
    // within that domain it answers every address it cannot add (its own organization's user already, a login or
    // contact anywhere else) with one problem (status, code, title and wording), naming no reason.
    private async Task EnsureFree(PortalOrganization organization, IReadOnlyList<Contact> contacts, CancellationToken cancellationToken)
    {
        var ids = contacts.Select(c => c.Id).ToList();
        var addresses = contacts.Select(c => c.Email).ToList();
        var taken = new HashSet<string>(await db.PortalUsers.IgnoreQueryFilters()
            .Where(u => ids.Contains(u.ContactId) || addresses.Contains(u.Email)).Select(u => u.Email).ToListAsync(cancellationToken));
        taken.UnionWith(await db.Contacts.IgnoreQueryFilters()
            .Where(c => addresses.Contains(c.Email) && c.AccountId != organization.AccountId).Select(c => c.Email).ToListAsync(cancellationToken));
        taken.UnionWith(await identity.ExistingLoginsAsync(addresses, cancellationToken));
        var first = addresses.FirstOrDefault(taken.Contains);
        if (first is null)
        {
            return;
        }

        if (scope.IsPortal)
        {
            throw new DomainRuleException(
                ProblemCodes.EmailNotAvailable, $"{first} cannot be added here. Your partner manager can add it for you.", isConflict: true);
        }

        throw new DomainRuleException(
            ProblemCodes.UserExists, $"{first} cannot be added: it already has a login or belongs to another organization.", isConflict: true);
    }

    // The partner's own domain is set by its partner manager (a vendor employee), never by the partner. Without one,
    // the portal adds no one by address: the partner manager does.
    private async Task EnsureAtOwnDomain(PortalOrganization organization, IReadOnlyList<string> addresses, CancellationToken cancellationToken)
    {
        if (!scope.IsPortal || addresses.Count == 0)
        {
            return;
        }

        var domain = await db.Accounts.Where(a => a.Id == organization.AccountId).Select(a => a.EmailDomain).FirstOrDefaultAsync(cancellationToken);
        if (domain is null)
        {
            throw new DomainRuleException(
                ProblemCodes.EmailDomainNotSet,
                "Your organization has no e-mail domain yet, so users cannot be added here. Your partner manager can add them or set the domain.");
        }

        var outside = addresses.FirstOrDefault(a => !EmailDomain.Admits(domain, a));
        if (outside is not null)
        {
            throw new DomainRuleException(
                ProblemCodes.EmailOutsideDomain, $"Only addresses at {domain} can be added here; {outside} is not. Your partner manager can add it for you.");
        }
    }

    // Seat pools are shared by all partners: an organization admin may not take more than the organization's share.
    private async Task EnsureWithinOrganizationLimit(PortalOrganization organization, int adding, CancellationToken cancellationToken)
    {
        var limit = options.Value.MaxUsersPerOrganization;
        if (!scope.IsPortal)
        {
            return;
        }

        var active = await db.PortalUsers.CountAsync(u => u.OrganizationId == organization.Id && u.IsActive, cancellationToken);
        if (active + adding > limit)
        {
            throw new DomainRuleException(
                ProblemCodes.OrganizationUserLimit, $"Your organization can have {limit} active portal users; ask your partner manager for more.", isConflict: true);
        }
    }

    /// <summary>
    /// Issues a new single-use link valid for 7 days; the e-mail carrying it is queued in the outbox with this change
    /// and leaves after the commit (<see cref="InvitationEmail"/>), so a mail outage no longer refuses the request.
    /// </summary>
    public async Task InviteAsync(PortalUser user, CancellationToken cancellationToken)
    {
        user.Invite(Now);
        await db.SaveChangesAsync(cancellationToken);
    }

    // The invitation status is computed from the projected columns by the domain's one definition (EF runs it on the
    // rows of the final projection).
    public IQueryable<PortalUserDto> Project(IQueryable<PortalUser> users)
    {
        var now = Now;
        return
            from u in users.AsNoTracking()
            join c in db.Contacts.IgnoreQueryFilters() on u.ContactId equals c.Id
            join p in db.LicensePools on u.LicensePoolId equals p.Id into pools
            from p in pools.DefaultIfEmpty()
            orderby c.Name, u.Id
            select new PortalUserDto(
                u.Id, u.ContactId, u.OrganizationId, u.Email, c.Name, u.IsActive, u.IsOrganizationAdmin,
                PortalUser.InvitationStatusOf(u.InvitationAcceptedAt, u.InvitationTokenHash, u.InvitationExpiresAt, now),
                u.InvitationSentAt,
                p == null ? null : p.Edition,
                InvitationEmail.DeliveryOf(
                    db.OutboxMessages.Where(m => m.Topic == InvitationEmail.Topic && m.SubjectId == u.Id)
                        .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => (OutboxMessageState?)m.State).FirstOrDefault(),
                    db.OutboxMessages.Where(m => m.Topic == InvitationEmail.Topic && m.SubjectId == u.Id)
                        .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.Attempts).FirstOrDefault()),
                db.OutboxMessages.Where(m => m.Topic == InvitationEmail.Topic && m.SubjectId == u.Id)
                    .OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id).Select(m => m.LastError).FirstOrDefault());
    }
}
