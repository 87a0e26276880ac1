namespace PartnerPortal.Application.Features.Jobs;

/// <summary>The <c>Retention</c> settings: how long records that only serve a short while are kept (the housekeeping job).</summary>
public sealed class RetentionOptions
{
    public const string Section = "Retention";

    /// <summary>Hours an <c>Idempotency-Key</c> is remembered: a retry within them gets the first answer again.</summary>
    public int IdempotencyHours { get; set; } = 48;

    /// <summary>Days a READ notification is kept; unread ones stay until read.</summary>
    public int ReadNotificationDays { get; set; } = 180;

    /// <summary>Days an act-from-e-mail link is kept after it expired (so a late click still reads "expired", not "unknown").</summary>
    public int EmailActionLinkDays { get; set; } = 30;

    /// <summary>How often the housekeeping job runs.</summary>
    public int SweepMinutes { get; set; } = 60;
}
