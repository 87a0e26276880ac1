using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>A job of ours: its key, what it does, and its schedule in words for the jobs page.</summary>
public sealed record ScheduledJob(string Name, string Description, TimeSpan Interval, Type JobType, bool FirstRunAfterInterval = false)
{
    public JobKey Key => new(Name);

    public TriggerKey TriggerKey => new($"{Name}.schedule");

    public string Schedule => Interval.TotalSeconds < 60 ? $"every {Interval.TotalSeconds:0} s"
        : Interval.TotalMinutes < 60 ? $"every {Interval.TotalMinutes:0} min"
        : $"every {Interval.TotalHours:0.#} h";
}
