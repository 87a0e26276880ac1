using System.Net;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Licensing;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalAccess;

public sealed record PortalOrganizationDto(Guid Id, Guid AccountId, string AccountName, string Name, int UserCount, int ActiveUserCount);

public sealed record PortalUserDto(
    Guid Id, Guid ContactId, Guid OrganizationId, string Email, string DisplayName, bool IsActive, bool IsOrganizationAdmin,
    InvitationStatus InvitationStatus, DateTime? InvitationSentAt, string? LicensePoolName);

public sealed record ContactDto(Guid Id, string Name, string Email, bool HasPortalUser);

/// <summary>Settings of section <c>Portal</c>.</summary>
public sealed class PortalOptions
{
    /// <summary>Active portal users an organization admin may have in their organization (employees are not limited).</summary>
    public int MaxUsersPerOrganization { get; set; } = 50;
}

/// <summary>
/// Adding, inviting and reading portal users: one implementation for employees (any organization) and for
/// organization admins on the portal (their own organization, through the partner scope).
/// </summary>
public sealed class PortalMembers(
    IApplicationDbContext db, IIdentityService identity, IEmailSender email, IAppLinks links, TimeProvider clock, PartnerScope scope,
    IOptions<PortalOptions> options)
{
    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<PortalUserDto>> ListAsync(Guid organizationId, CancellationToken cancellationToken) =>
        await Project(db.PortalUsers.Where(u => u.OrganizationId == organizationId)).ToListAsync(cancellationToken);

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
            throw new DomainRuleException("contact_of_other_account", "Only contacts of the organization's partner account can become its portal users.");
        }

        foreach (var address in emails.Select(Contact.NormalizeEmail).Distinct().Where(e => contacts.All(c => c.Email != e)))
        {
            var existing = await db.Contacts.FirstOrDefaultAsync(c => c.Email == address && c.AccountId == organization.AccountId, cancellationToken);
            if (existing is null)
            {
                existing = Contact.Create(organization.AccountId, null, address);
                db.Contacts.Add(existing);
            }

            contacts.Add(existing);
        }

        await EnsureWithinOrganizationLimit(organization, contacts.Count, cancellationToken);
        var added = new List<(PortalUser User, Contact Contact)>();
        foreach (var contact in contacts)
        {
            // One message for every reason, so an organization admin cannot probe who has a login elsewhere.
            if (await db.PortalUsers.IgnoreQueryFilters().AnyAsync(u => u.ContactId == contact.Id || u.Email == contact.Email, cancellationToken)
                || await db.Contacts.IgnoreQueryFilters().AnyAsync(c => c.Email == contact.Email && c.AccountId != organization.AccountId, cancellationToken)
                || await identity.LoginExistsAsync(contact.Email, cancellationToken))
            {
                throw new DomainRuleException(
                    "user_exists", $"{contact.Email} cannot be added: it already has a login or belongs to another organization.", isConflict: true);
            }

            var user = PortalUser.Create(organization, contact, makeAdmins);
            await Seats.ActivateAsync(db, user, Now, cancellationToken);
            db.PortalUsers.Add(user);
            added.Add((user, contact));
        }

        await db.SaveChangesAsync(cancellationToken);
        foreach (var (user, contact) in added)
        {
            await identity.CreatePortalLoginAsync(user.Id, contact.Email, contact.Name, cancellationToken);
        }

        if (sendInvitations)
        {
            foreach (var (user, _) in added)
            {
                await InviteAsync(user, organization, cancellationToken);
            }
        }

        var ids = added.Select(a => a.User.Id).ToList();
        return await Project(db.PortalUsers.Where(u => ids.Contains(u.Id))).ToListAsync(cancellationToken);
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
                "organization_user_limit", $"Your organization can have {limit} active portal users; ask your partner manager for more.", isConflict: true);
        }
    }

    /// <summary>Sends (or resends) the invitation e-mail with a new single-use link valid for 7 days.</summary>
    public async Task InviteAsync(PortalUser user, PortalOrganization organization, CancellationToken cancellationToken)
    {
        var token = user.Invite(Now);
        await db.SaveChangesAsync(cancellationToken);
        var link = links.Invitation(token);
        var name = WebUtility.HtmlEncode(organization.Name);
        await email.SendAsync(
            new EmailMessage(
                user.Email,
                $"Your invitation to the {organization.Name} partner portal",
                $"You have been invited to the partner portal of {organization.Name}.\n\nSet your password here (the link works once and expires in 7 days):\n{link}\n",
                $"<p>You have been invited to the partner portal of <b>{name}</b>.</p>"
                + $"<p><a href=\"{WebUtility.HtmlEncode(link)}\">Set your password</a> (the link works once and expires in 7 days).</p>"),
            cancellationToken);
    }

    public IQueryable<PortalUserDto> Project(IQueryable<PortalUser> users)
    {
        var now = Now;
        return
            from u in users.AsNoTracking()
            join c in db.Contacts.IgnoreQueryFilters() on u.ContactId equals c.Id
            join p in db.LicensePools on u.LicensePoolId equals p.Id into pools
            from p in pools.DefaultIfEmpty()
            orderby c.Name
            select new PortalUserDto(
                u.Id, u.ContactId, u.OrganizationId, u.Email, c.Name, u.IsActive, u.IsOrganizationAdmin,
                u.InvitationAcceptedAt != null ? InvitationStatus.Accepted
                : u.InvitationTokenHash == null ? InvitationStatus.None
                : u.InvitationExpiresAt < now ? InvitationStatus.Expired
                : InvitationStatus.Pending,
                u.InvitationSentAt,
                p == null ? null : p.Edition);
    }
}
