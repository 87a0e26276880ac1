using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>
/// A job of ours: its key, what it does, and its schedule in words for the jobs page: every <see cref="Interval"/>, or
/// on a Quartz <see cref="Cron"/> expression in UTC (e.g. nightly) when one is given.
/// </summary>
public sealed record ScheduledJob(string Name, string Description, TimeSpan Interval, Type JobType, bool FirstRunAfterInterval = false, string? Cron = null)
{
    public JobKey Key => new(Name);

    public TriggerKey TriggerKey => new($"{Name}.schedule");

    public string Schedule => Cron is not null ? $"cron {Cron} (UTC)"
        : Interval.TotalSeconds < 60 ? $"every {Interval.TotalSeconds:0} s"
        : Interval.TotalMinutes < 60 ? $"every {Interval.TotalMinutes:0} min"
        : $"every {Interval.TotalHours:0.#} h";
}
