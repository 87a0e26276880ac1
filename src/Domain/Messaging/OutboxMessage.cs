using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Messaging;

public enum OutboxMessageState
{
    /// <summary>Waiting for its first or next delivery attempt.</summary>
    Pending,

    /// <summary>Delivered.</summary>
    Sent,

    /// <summary>Gave up after the maximum number of attempts; an administrator may retry it.</summary>
    Dead,
}

/// <summary>
/// A side effect (an e-mail today; notifications and webhooks later) written in the same transaction as the change
/// that caused it and delivered after the commit by the dispatcher: nothing leaves the process before the commit,
/// and nothing committed is lost when the recipient is down.
/// </summary>
public sealed class OutboxMessage
{
    private OutboxMessage()
    {
        Type = string.Empty;
        Payload = string.Empty;
        Summary = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>What kind of message it is, and so who delivers it (e.g. <c>email</c>).</summary>
    public string Type { get; private set; }

    /// <summary>What the message is about, e.g. <c>invitation</c>; with <see cref="SubjectId"/> it finds the messages of a record.</summary>
    public string? Topic { get; private set; }

    public Guid? SubjectId { get; private set; }

    /// <summary>One line for people: the recipient and subject of an e-mail.</summary>
    public string Summary { get; private set; }

    /// <summary>The message itself as JSON; emptied once delivered, so secrets such as invitation links do not stay at rest.</summary>
    public string Payload { get; private set; }

    public OutboxMessageState State { get; private set; }

    public int Attempts { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime NextAttemptAt { get; private set; }

    public DateTime? SentAt { get; private set; }

    public string? LastError { get; private set; }

    /// <summary>The dispatcher instance that holds the message while it delivers it.</summary>
    public string? LockedBy { get; private set; }

    /// <summary>Until when the claim holds; after it, a crashed instance's message is claimed again (delivered at most once more).</summary>
    public DateTime? LockedUntil { get; private set; }

    public static OutboxMessage Create(string type, string? topic, Guid? subjectId, string summary, string payload, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        Type = Guard.Required(type, "Type", 100),
        Topic = topic,
        SubjectId = subjectId,
        Summary = Truncate(summary, 500),
        Payload = payload,
        State = OutboxMessageState.Pending,
        CreatedAt = now,
        NextAttemptAt = now,
    };

    public void MarkSent(DateTime now)
    {
        State = OutboxMessageState.Sent;
        SentAt = now;
        Attempts++;
        LastError = null;
        Payload = string.Empty;
        Release();
    }

    /// <summary>Records a failed attempt: retried after an exponential backoff, or dead after <paramref name="maxAttempts"/>.</summary>
    public void MarkFailed(string error, DateTime now, int maxAttempts, TimeSpan baseDelay)
    {
        Attempts++;
        LastError = Truncate(error, 1000);
        if (Attempts >= maxAttempts)
        {
            State = OutboxMessageState.Dead;
        }
        else
        {
            var factor = Math.Pow(2, Math.Min(Attempts - 1, 16));
            NextAttemptAt = now + TimeSpan.FromTicks((long)Math.Min(baseDelay.Ticks * factor, TimeSpan.FromHours(6).Ticks));
        }

        Release();
    }

    /// <summary>An administrator sends a dead message again: it gets a fresh set of attempts.</summary>
    public void Retry(DateTime now)
    {
        if (State != OutboxMessageState.Dead)
        {
            throw new DomainRuleException(ProblemCodes.OutboxMessageNotDead, "Only messages that gave up can be retried.", isConflict: true);
        }

        State = OutboxMessageState.Pending;
        Attempts = 0;
        NextAttemptAt = now;
        Release();
    }

    private void Release()
    {
        LockedBy = null;
        LockedUntil = null;
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
