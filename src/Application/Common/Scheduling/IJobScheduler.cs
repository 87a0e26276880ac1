namespace PartnerPortal.Application.Common.Scheduling;

/// <summary>A scheduled job as the scheduler sees it now.</summary>
public sealed record ScheduledJobInfo(string Name, string Description, string Schedule, DateTime? NextRunAt);

/// <summary>The clustered scheduler (one firing per schedule across all API instances).</summary>
public interface IJobScheduler
{
    Task<IReadOnlyList<ScheduledJobInfo>> ListAsync(CancellationToken cancellationToken);

    /// <summary>Runs the job as soon as a scheduler instance is free; false when there is no such job.</summary>
    Task<bool> TriggerAsync(string name, CancellationToken cancellationToken);
}
