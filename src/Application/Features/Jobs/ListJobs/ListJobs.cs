using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Scheduling;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Jobs.ListJobs;

public sealed record JobRunDto(DateTime? ScheduledAt, DateTime StartedAt, DateTime FinishedAt, bool Succeeded, string? Result, string Instance);

public sealed record JobDto(string Name, string Description, string Schedule, DateTime? NextRunAt, JobRunDto? LastRun);

/// <summary>Each scheduled job with its schedule, its last run and its next run.</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record ListJobsQuery : IQuery<IReadOnlyList<JobDto>>;

public sealed class ListJobsHandler(IJobScheduler scheduler, IApplicationDbContext db) : IQueryHandler<ListJobsQuery, IReadOnlyList<JobDto>>
{
    public async ValueTask<IReadOnlyList<JobDto>> Handle(ListJobsQuery query, CancellationToken cancellationToken)
    {
        var jobs = await scheduler.ListAsync(cancellationToken);
        var names = jobs.Select(j => j.Name).ToList();
        var lastRuns = await db.JobRuns.AsNoTracking()
            .Where(r => names.Contains(r.Job) && r.StartedAt == db.JobRuns.Where(x => x.Job == r.Job).Max(x => x.StartedAt))
            .Select(r => new { r.Job, Run = new JobRunDto(r.ScheduledAt, r.StartedAt, r.FinishedAt, r.Succeeded, r.Result, r.Instance) })
            .ToListAsync(cancellationToken);
        return [.. jobs.Select(j => new JobDto(
            j.Name, j.Description, j.Schedule, j.NextRunAt, lastRuns.FirstOrDefault(r => r.Job == j.Name)?.Run))];
    }
}
