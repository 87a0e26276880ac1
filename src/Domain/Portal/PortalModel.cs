using System.Security.Cryptography;
using System.Text;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

/// <summary>A person at an account: portal users and certified experts are contacts.</summary>
public sealed class Contact
{
    private Contact()
    {
        Name = string.Empty;
        Email = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid? AccountId { get; private set; }

    public string Name { get; private set; }

    public string Email { get; private set; }

    /// <summary>A contact for an e-mail nobody has entered yet: named after the e-mail's local part (DOMAIN 1.40).</summary>
    public static Contact Create(Guid? accountId, string? name, string email)
    {
        var normalized = NormalizeEmail(email);
        return new Contact
        {
            Id = Guid.CreateVersion7(),
            AccountId = accountId,
            Email = normalized,
            Name = Guard.Required(string.IsNullOrWhiteSpace(name) ? normalized.Split('@')[0] : name, "Name", 250),
        };
    }

    public void Rename(string name) => Name = Guard.Required(name, "Name", 250);

    public static string NormalizeEmail(string email) => Guard.Required(email, "E-mail", 250).ToLowerInvariant();
}

/// <summary>The portal organization of a partner account: its users share its access (one per account).</summary>
public sealed class PortalOrganization
{
    private PortalOrganization()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid AccountId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The organization belongs to the "Partner portal users" role, which opens the partner portal to it.</summary>
    public bool IsInPartnerPortalUsersRole { get; private set; }

    public static PortalOrganization Create(Account account)
    {
        if (!account.IsPartner)
        {
            throw new DomainRuleException(ProblemCodes.AccountNotPartner, $"{account.Name} is not a partner account.");
        }

        return new PortalOrganization { Id = Guid.CreateVersion7(), AccountId = account.Id, Name = account.Name, IsInPartnerPortalUsersRole = true };
    }
}

public enum InvitationStatus
{
    None,
    Pending,
    Expired,
    Accepted,
}

/// <summary>
/// A partner's employee with access to the portal. Its id is also its login's id. While active it holds one licence
/// seat; the invitation link it was sent is single-use and expires after <see cref="InvitationLifetime"/>.
/// </summary>
public sealed class PortalUser
{
    public static readonly TimeSpan InvitationLifetime = TimeSpan.FromDays(7);

    private PortalUser()
    {
        Email = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid ContactId { get; private set; }

    public Guid OrganizationId { get; private set; }

    public string Email { get; private set; }

    public bool IsActive { get; private set; }

    public bool IsOrganizationAdmin { get; private set; }

    public Guid? LicensePoolId { get; private set; }

    public DateTime? LicenseAssignedAt { get; private set; }

    public string? InvitationTokenHash { get; private set; }

    public DateTime? InvitationSentAt { get; private set; }

    public DateTime? InvitationExpiresAt { get; private set; }

    public DateTime? InvitationAcceptedAt { get; private set; }

    public static PortalUser Create(PortalOrganization organization, Contact contact, bool isOrganizationAdmin) => new()
    {
        Id = Guid.CreateVersion7(),
        ContactId = contact.Id,
        OrganizationId = organization.Id,
        Email = contact.Email,
        IsOrganizationAdmin = isOrganizationAdmin,
    };

    public InvitationStatus InvitationStatusAt(DateTime now) =>
        InvitationAcceptedAt is not null ? InvitationStatus.Accepted
        : InvitationTokenHash is null ? InvitationStatus.None
        : InvitationExpiresAt < now ? InvitationStatus.Expired
        : InvitationStatus.Pending;

    /// <summary>Activates the user on a free seat of <paramref name="pool"/> (the caller picked a pool with one).</summary>
    public void Activate(LicensePool pool, DateTime now)
    {
        pool.TakeSeat();
        IsActive = true;
        LicensePoolId = pool.Id;
        LicenseAssignedAt = now;
    }

    /// <summary>Ends access and frees the seat (D10).</summary>
    public void Deactivate()
    {
        IsActive = false;
        LicensePoolId = null;
        LicenseAssignedAt = null;
        if (InvitationAcceptedAt is null)
        {
            // An unused link must not come back to life if the user is reactivated later.
            InvitationTokenHash = null;
            InvitationExpiresAt = null;
        }
    }

    public void SetOrganizationAdmin(bool isAdmin) => IsOrganizationAdmin = isAdmin;

    /// <summary>
    /// Moves the user to another organization with their contact at its account: access to the old one's data ends.
    /// </summary>
    public void MoveTo(PortalOrganization organization, Contact contact)
    {
        if (contact.AccountId != organization.AccountId || contact.Email != Email)
        {
            throw new DomainRuleException(ProblemCodes.ContactOfOtherAccount, "The moved user's contact must be of the new organization's account.");
        }

        OrganizationId = organization.Id;
        ContactId = contact.Id;
        IsOrganizationAdmin = false;
    }

    /// <summary>Issues a new invitation token (any earlier link stops working) and returns it; only its hash is kept.</summary>
    public string Invite(DateTime now)
    {
        if (!IsActive)
        {
            throw new DomainRuleException(ProblemCodes.UserInactive, "Activate the user before inviting them.");
        }

        var token = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        InvitationTokenHash = Hash(token);
        InvitationSentAt = now;
        InvitationExpiresAt = now + InvitationLifetime;
        InvitationAcceptedAt = null;
        return token;
    }

    /// <summary>Consumes the invitation: it works once, before it expires, for an active user.</summary>
    public void AcceptInvitation(string token, DateTime now)
    {
        if (InvitationTokenHash is null || InvitationTokenHash != Hash(token))
        {
            throw new DomainRuleException(ProblemCodes.InvitationNotFound, "This invitation link is not valid.");
        }

        if (InvitationAcceptedAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.InvitationUsed, "This invitation link has already been used.", isConflict: true);
        }

        if (InvitationExpiresAt < now)
        {
            throw new DomainRuleException(ProblemCodes.InvitationExpired, "This invitation link has expired; ask for a new one.", isConflict: true);
        }

        if (!IsActive)
        {
            throw new DomainRuleException(ProblemCodes.UserInactive, "This portal user has been deactivated.", isConflict: true);
        }

        // The hash stays, so the used link is recognised as used (not unknown) until a new invitation replaces it.
        InvitationAcceptedAt = now;
    }

    public static string Hash(string token) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}

/// <summary>Portal licences of one edition (e.g. "Partner portal cloud"): each active portal user holds one seat.</summary>
public sealed class LicensePool
{
    private LicensePool()
    {
        Edition = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Edition { get; private set; }

    public int Seats { get; private set; }

    /// <summary>Changes whenever a seat is taken or the count changes, so two concurrent takers cannot overfill the pool.</summary>
    public Guid Version { get; private set; }

    public static LicensePool Create(string edition, int seats)
    {
        var pool = new LicensePool { Id = Guid.CreateVersion7() };
        pool.Update(edition, seats, used: 0);
        return pool;
    }

    public void Update(string edition, int seats, int used)
    {
        if (seats < 0)
        {
            throw new DomainRuleException(ProblemCodes.SeatsInvalid, "Seats cannot be negative.");
        }

        if (seats < used)
        {
            throw new DomainRuleException(ProblemCodes.SeatsBelowUsage, $"{used} seats are in use; deactivate users before lowering the count to {seats}.", isConflict: true);
        }

        Edition = Guard.Required(edition, "Edition", 100);
        Seats = seats;
        Version = Guid.NewGuid();
    }

    internal void TakeSeat() => Version = Guid.NewGuid();
}
