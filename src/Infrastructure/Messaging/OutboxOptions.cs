namespace PartnerPortal.Infrastructure.Messaging;

/// <summary>Settings of section <c>Outbox</c>.</summary>
public sealed class OutboxOptions
{
    /// <summary>How often the dispatcher looks for due messages (it is also woken after each commit that wrote one).</summary>
    public int PollSeconds { get; set; } = 10;

    /// <summary>Attempts before a message is dead (then an administrator may retry it).</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The first retry waits this long; each next one twice as long (capped at 6 hours).</summary>
    public double RetryBaseSeconds { get; set; } = 30;

    /// <summary>How long a claim holds: a message of an instance that died mid-send is sent again after it.</summary>
    public int ClaimSeconds { get; set; } = 120;

    /// <summary>Messages one dispatcher run delivers at most.</summary>
    public int BatchSize { get; set; } = 100;
}
