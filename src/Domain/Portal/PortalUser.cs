using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Portal;

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
public sealed class PortalUser : AggregateRoot
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
        InvitationStatusOf(InvitationAcceptedAt, InvitationTokenHash, InvitationExpiresAt, now);

    /// <summary>
    /// The one definition of an invitation's status, from the columns that hold it, so that reads which project those
    /// columns (user lists, the invitation link) need not load the user to agree with it.
    /// </summary>
    public static InvitationStatus InvitationStatusOf(DateTime? acceptedAt, string? tokenHash, DateTime? expiresAt, DateTime now) =>
        acceptedAt is not null ? InvitationStatus.Accepted
        : tokenHash is null ? InvitationStatus.None
        : expiresAt < now ? InvitationStatus.Expired
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

    /// <summary>
    /// Issues a new invitation token (any earlier link stops working) and returns it; only its hash is kept. The e-mail
    /// leaves through the outbox after the change is committed (<see cref="PortalUserInvited"/>).
    /// </summary>
    public string Invite(DateTime now)
    {
        if (!IsActive)
        {
            throw new DomainRuleException(ProblemCodes.UserInactive, "Activate the user before inviting them.");
        }

        var token = LinkToken.New();
        InvitationTokenHash = Hash(token);
        InvitationSentAt = now;
        InvitationExpiresAt = now + InvitationLifetime;
        InvitationAcceptedAt = null;
        Raise(new PortalUserInvited(Id, OrganizationId, Email, token));
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

    public static string Hash(string token) => LinkToken.Hash(token);
}
