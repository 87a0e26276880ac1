using PartnerPortal.Application.Common.Scheduling;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

internal sealed class QuartzJobScheduler(ISchedulerFactory schedulers, IEnumerable<ScheduledJob> jobs) : IJobScheduler
{
    public async Task<IReadOnlyList<ScheduledJobInfo>> ListAsync(CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var list = new List<ScheduledJobInfo>();
        foreach (var job in jobs)
        {
            var trigger = await scheduler.GetTrigger(job.TriggerKey, cancellationToken);
            list.Add(new ScheduledJobInfo(job.Name, job.Description, job.Schedule, trigger?.NextFireTimeUtc?.UtcDateTime));
        }

        return list;
    }

    public async Task<bool> TriggerAsync(string name, CancellationToken cancellationToken)
    {
        var job = jobs.FirstOrDefault(j => j.Name == name);
        if (job is null)
        {
            return false;
        }

        var scheduler = await schedulers.GetScheduler(cancellationToken);
        await scheduler.TriggerJob(job.Key, new JobDataMap(), cancellationToken);
        return true;
    }
}
