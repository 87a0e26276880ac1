namespace PartnerPortal.Domain.Notifications;

/// <summary>
/// An in-app notification: what an e-mail told one person (an employee or a partner's portal user), kept for the bell
/// and the notifications list until they mark it read. A partner user's notification carries the partner's
/// <see cref="AccountId"/>, so the isolation filter is a plain column comparison (ADR-004); employees' have none.
/// </summary>
public sealed class Notification
{
    public const int TitleMaxLength = 300;
    public const int BodyMaxLength = 2000;
    public const int LinkMaxLength = 500;
    public const int TopicMaxLength = 50;

    private Notification()
    {
        Topic = string.Empty;
        Title = string.Empty;
        Body = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>The user (employee or portal user) it is for; nobody else reads it.</summary>
    public Guid RecipientId { get; private set; }

    /// <summary>The partner account of a portal user recipient; null for an employee.</summary>
    public Guid? AccountId { get; private set; }

    /// <summary>What it is about (the outbox topic: lead, deal-registration, fund-movement, ...).</summary>
    public string Topic { get; private set; }

    /// <summary>The record it is about, if any.</summary>
    public Guid? SubjectId { get; private set; }

    public string Title { get; private set; }

    public string Body { get; private set; }

    /// <summary>The page of the app it opens (a path such as <c>/portal/leads/{id}</c>).</summary>
    public string? Link { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? ReadAt { get; private set; }

    public static Notification Create(
        Guid recipientId, Guid? accountId, string topic, Guid? subjectId, string title, string body, string? link, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        RecipientId = recipientId,
        AccountId = accountId,
        Topic = Cut(topic, TopicMaxLength),
        SubjectId = subjectId,
        Title = Cut(title, TitleMaxLength),
        Body = Cut(body, BodyMaxLength),
        Link = link is null ? null : Cut(link, LinkMaxLength),
        CreatedAt = now,
    };

    /// <summary>Marks it read; reading it again keeps the first time.</summary>
    public void MarkRead(DateTime now) => ReadAt ??= now;

    private static string Cut(string value, int max) => value.Length <= max ? value : string.Concat(value.AsSpan(0, max - 1), "…");
}
