namespace PartnerPortal.Domain.Scheduling;

/// <summary>One execution of a scheduled job, kept so people can see what ran, when, and how it ended.</summary>
public sealed class JobRun
{
    private JobRun()
    {
        Job = string.Empty;
        Instance = string.Empty;
        FireId = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Job { get; private set; }

    /// <summary>The scheduler's id of this firing: unique per firing across instances.</summary>
    public string FireId { get; private set; }

    /// <summary>When the schedule meant it to run (null when run on demand).</summary>
    public DateTime? ScheduledAt { get; private set; }

    public DateTime StartedAt { get; private set; }

    public DateTime FinishedAt { get; private set; }

    public bool Succeeded { get; private set; }

    /// <summary>What the job reported (e.g. "3 sent, 1 failed") or the error.</summary>
    public string? Result { get; private set; }

    /// <summary>The API instance that ran it.</summary>
    public string Instance { get; private set; }

    public static JobRun Record(
        string job, string fireId, DateTime? scheduledAt, DateTime startedAt, DateTime finishedAt, bool succeeded, string? result, string instance) => new()
    {
        Id = Guid.CreateVersion7(),
        Job = job,
        FireId = fireId,
        ScheduledAt = scheduledAt,
        StartedAt = startedAt,
        FinishedAt = finishedAt,
        Succeeded = succeeded,
        Result = result is { Length: > 1000 } ? result[..1000] : result,
        Instance = instance.Length > 200 ? instance[..200] : instance,
    };
}
