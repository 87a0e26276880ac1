using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Notifications;

/// <summary>What an act-from-e-mail link does (section 6 item 6).</summary>
public enum EmailAction
{
    AcceptLeadOffer,
    DeclineLeadOffer,
}

/// <summary>
/// A link in an e-mail that acts without signing in first (section 6 item 6, ADR-009): it answers one thing (an offer)
/// as the one person it was sent to, once, until it expires. Only the hash of its secret is stored (<see cref="LinkToken"/>).
/// Carries the recipient's partner <see cref="AccountId"/> (ADR-004).
/// </summary>
public sealed class EmailActionLink
{
    private EmailActionLink()
    {
        TokenHash = string.Empty;
    }

    public Guid Id { get; private set; }

    public string TokenHash { get; private set; }

    public EmailAction Action { get; private set; }

    /// <summary>The record acted on (for the lead actions: the offer).</summary>
    public Guid SubjectId { get; private set; }

    /// <summary>The portal user the e-mail went to: the action is theirs.</summary>
    public Guid RecipientId { get; private set; }

    public Guid AccountId { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime ExpiresAt { get; private set; }

    public DateTime? UsedAt { get; private set; }

    /// <summary>A new link and its secret (for the e-mail only).</summary>
    public static (EmailActionLink Link, string Token) Issue(EmailAction action, Guid subjectId, Guid recipientId, Guid accountId, DateTime now, DateTime expiresAt)
    {
        var token = LinkToken.New();
        return (new EmailActionLink
        {
            Id = Guid.CreateVersion7(),
            TokenHash = LinkToken.Hash(token),
            Action = action,
            SubjectId = subjectId,
            RecipientId = recipientId,
            AccountId = accountId,
            CreatedAt = now,
            ExpiresAt = expiresAt,
        }, token);
    }

    public bool IsExpiredAt(DateTime now) => ExpiresAt <= now;

    /// <summary>Uses the link: once, before it expires (409 <c>email_action_used</c> / <c>email_action_expired</c>).</summary>
    public void Use(DateTime now)
    {
        if (UsedAt is not null)
        {
            throw new DomainRuleException(ProblemCodes.EmailActionUsed, "This link has already been used; nothing was changed.", isConflict: true);
        }

        if (IsExpiredAt(now))
        {
            throw new DomainRuleException(ProblemCodes.EmailActionExpired, "This link has expired; nothing was changed.", isConflict: true);
        }

        UsedAt = now;
    }
}
