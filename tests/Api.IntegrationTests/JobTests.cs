using Microsoft.Extensions.DependencyInjection;
using System.Net;
using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>The scheduled jobs page: each job with its schedule, last run and next run; an administrator can run one now.</summary>
public abstract class JobTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    [SkippableFact]
    public async Task Jobs_ShowScheduleLastAndNextRun_AndRunOnDemand()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var admin = await factory.Admin();
        var before = factory.WithDb(db => db.JobRuns.Count(r => r.Job == "outbox-dispatch"));

        await admin.Expect(admin.Post("/api/admin/jobs/outbox-dispatch/run"), HttpStatusCode.Accepted);

        for (var i = 0; i < 100 && factory.WithDb(db => db.JobRuns.Count(r => r.Job == "outbox-dispatch")) == before; i++)
        {
            await Task.Delay(100);
        }

        var job = (await admin.GetJson("/api/admin/jobs")).AsArray().Single(j => j!["name"]!.GetValue<string>() == "outbox-dispatch")!;
        job["schedule"]!.GetValue<string>().ShouldBe("every 10 s");
        job["nextRunAt"]!.GetValue<DateTime>().ShouldBeGreaterThan(DateTime.UtcNow.AddMinutes(-1));
        job["lastRun"]!["succeeded"]!.GetValue<bool>().ShouldBeTrue();
        job["lastRun"]!["result"]!.GetValue<string>().ShouldContain("sent");
        factory.WithDb(db => db.JobRuns.AsNoTracking().Count(r => r.Job == "outbox-dispatch")).ShouldBeGreaterThan(before);
    }

    [SkippableFact]
    public async Task JobRuns_KeepOnlyTheLatestOfEachJob()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var job = $"prune-{Guid.NewGuid():N}";
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PartnerPortal.Infrastructure.Persistence.ApplicationDbContext>();
        for (var i = 0; i < 5; i++)
        {
            db.JobRuns.Add(PartnerPortal.Domain.Scheduling.JobRun.Record(
                job, $"{job}-{i}", null, start.AddMinutes(i), start.AddMinutes(i), true, null, "test"));
        }

        await db.SaveChangesAsync();

        var deleted = await PartnerPortal.Infrastructure.Scheduling.JobRunRecorder.PruneAsync(db, job, 3, CancellationToken.None);

        deleted.ShouldBe(2);
        db.JobRuns.AsNoTracking().Where(r => r.Job == job).Select(r => r.StartedAt).ToList()
            .ShouldBe([start.AddMinutes(2), start.AddMinutes(3), start.AddMinutes(4)], ignoreOrder: true);
        (await PartnerPortal.Infrastructure.Scheduling.JobRunRecorder.PruneAsync(db, job, 3, CancellationToken.None)).ShouldBe(0);
    }

    [SkippableFact]
    public async Task OnlyAdministrators_SeeOrRunJobs()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var admin = await factory.Admin();
        var manager = await factory.Manager();

        (await admin.Expect(admin.Post("/api/admin/jobs/no-such-job/run"), HttpStatusCode.NotFound))["code"]!.GetValue<string>().ShouldBe("not_found");
        await manager.Expect(manager.Get("/api/admin/jobs"), HttpStatusCode.Forbidden);
        await manager.Expect(manager.Post("/api/admin/jobs/outbox-dispatch/run"), HttpStatusCode.Forbidden);
    }
}

public sealed class SqliteJobTests(SqliteApiFactory factory) : JobTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresJobTests(PostgresApiFactory factory) : JobTests<PostgresApiFactory>(factory);
