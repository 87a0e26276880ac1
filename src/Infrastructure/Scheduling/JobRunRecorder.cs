using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using PartnerPortal.Domain.Scheduling;
using PartnerPortal.Infrastructure.Persistence;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>Records every run of our jobs (what ran where, when, and how it ended) and keeps the latest runs of each.</summary>
public sealed class JobRunRecorder(IServiceScopeFactory scopes, TimeProvider clock, AppInstance instance, ILogger<JobRunRecorder> logger) : IJobListener
{
    public const int KeptRunsPerJob = 200;

    public string Name => nameof(JobRunRecorder);

    public ValueTask JobToBeExecuted(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobExecutionVetoed(IJobExecutionContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public ValueTask JobProgressChanged(
        IJobExecutionContext context, Quartz.Extensibility.FireInstanceProgress progress, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken)
    {
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var job = context.JobDetail.Key.Name;
            db.JobRuns.Add(JobRun.Record(
                job,
                context.FireInstanceId,
                context.ScheduledFireTimeUtc?.UtcDateTime,
                context.FireTimeUtc.UtcDateTime,
                clock.GetUtcNow().UtcDateTime,
                jobException is null,
                jobException?.InnerException?.Message ?? jobException?.Message ?? context.Result?.ToString(),
                instance.Name));
            await db.SaveChangesAsync(CancellationToken.None);

            await PruneAsync(db, job, KeptRunsPerJob, CancellationToken.None);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not record the run of job {Job}", context.JobDetail.Key);
        }
    }

    /// <summary>Keeps the <paramref name="keep"/> latest runs of <paramref name="job"/>, in one statement.</summary>
    public static Task<int> PruneAsync(ApplicationDbContext db, string job, int keep, CancellationToken cancellationToken) =>
        db.JobRuns
            .Where(r => r.Job == job && r.StartedAt < db.JobRuns.Where(x => x.Job == job).OrderByDescending(x => x.StartedAt)
                .Skip(keep - 1).Select(x => (DateTime?)x.StartedAt).FirstOrDefault())
            .ExecuteDeleteAsync(cancellationToken);
}
