using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Common.Scheduling;
using PartnerPortal.Application.Features.Jobs;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Infrastructure.Messaging;
using PartnerPortal.Infrastructure.Persistence.Migrations;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>
/// Quartz.NET with its database job store in our own database (tables created by our migrations). On PostgreSQL and
/// SQL Server the store is clustered: with several API instances on one database each firing runs on one of them.
/// SQLite, the embedded single-instance default, keeps the same store without clustering (it has no row locks).
/// </summary>
public static class SchedulingSetup
{
    public static IServiceCollection AddScheduling(
        this IServiceCollection services, IConfiguration configuration, DatabaseProvider provider, string? connectionString)
    {
        var outbox = configuration.GetSection("Outbox").Get<OutboxOptions>() ?? new OutboxOptions();
        var leads = configuration.GetSection(LeadOptions.Section).Get<LeadOptions>() ?? new LeadOptions();
        var retention = configuration.GetSection(RetentionOptions.Section).Get<RetentionOptions>() ?? new RetentionOptions();
        var nightly = configuration.GetValue("TierEngine:NightlyCron", "0 0 2 * * ?")!;
        ScheduledJob[] jobs =
        [
            new(OutboxDispatchJob.Name, "Delivers queued e-mails (and later notifications and webhooks) after their commit, with retries.",
                TimeSpan.FromSeconds(Math.Max(1, outbox.PollSeconds)), typeof(OutboxDispatchJob)),
            new(LeadOfferExpiryJob.Name, "Expires lead offers past their deadline and re-offers each lead to the next eligible partner; reminds partners of offers near it.",
                TimeSpan.FromSeconds(Math.Max(1, leads.ExpirySeconds)), typeof(LeadOfferExpiryJob)),
            new(HousekeepingJob.Name, "Removes idempotency keys past their window, old read notifications and long-expired e-mail links.",
                TimeSpan.FromMinutes(Math.Max(1, retention.SweepMinutes)), typeof(HousekeepingJob), FirstRunAfterInterval: true),
            new(TierEvaluationJob.Name, "Evaluates every active partnership: measures the obligations from the records, promotes, flags partners below pace.",
                TimeSpan.FromDays(1), typeof(TierEvaluationJob), Cron: nightly),
        ];
        foreach (var job in jobs)
        {
            services.AddSingleton(job);
        }

        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<AppInstance>();
        services.AddScoped<IJobScheduler, QuartzJobScheduler>();

        // Jobs:Enabled=false (and the OpenAPI tooling, which runs Program.cs without a database) start no scheduler.
        var enabled = configuration.GetValue("Jobs:Enabled", true) && !configuration.GetValue("Database:SkipInit", false);
        services.AddQuartz(q =>
        {
            // One name per cluster (instances on one database share it); each instance gets an id of its own.
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "PartnerPortal";
                o.GenerateInstanceId = true;
            });
            q.UseDefaultThreadPool(maxConcurrency: 4);
            q.UsePersistentStore(store =>
            {
                store.ConfigureStore(o => o.TablePrefix = QuartzSchema.TablePrefix);
                var cs = connectionString ?? DependencyInjection.DefaultSqliteConnection;
                switch (provider)
                {
                    case DatabaseProvider.PostgreSql:
                        store.UsePostgres(cs);
                        store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                        break;
                    case DatabaseProvider.SqlServer:
                        store.UseSqlServer(cs);
                        store.UseClustering(c => c.CheckinInterval = TimeSpan.FromSeconds(5));
                        break;
                    default:
                        store.UseSqlite(cs);
                        break;
                }
            });
            q.AddJobListener<JobRunRecorder>();
            foreach (var job in jobs)
            {
                if (job.JobType == typeof(LeadOfferExpiryJob))
                {
                    q.AddJob<LeadOfferExpiryJob>(j => j.WithIdentity(job.Key).StoreDurably().WithDescription(job.Description));
                }
                else if (job.JobType == typeof(TierEvaluationJob))
                {
                    q.AddJob<TierEvaluationJob>(j => j.WithIdentity(job.Key).StoreDurably().WithDescription(job.Description));
                }
                else if (job.JobType == typeof(HousekeepingJob))
                {
                    q.AddJob<HousekeepingJob>(j => j.WithIdentity(job.Key).StoreDurably().WithDescription(job.Description));
                }
                else
                {
                    q.AddJob<OutboxDispatchJob>(j => j.WithIdentity(job.Key).StoreDurably().WithDescription(job.Description));
                }

                // Housekeeping waits one interval: nothing is due at start, and on SQLite (one writer) a start-up sweep would
                // only contend with the start-up work of the other jobs.
                if (job.Cron is { } cron)
                {
                    q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.TriggerKey).WithCronSchedule(cron, c => c.InTimeZone(TimeZoneInfo.Utc)));
                    continue;
                }

                q.AddTrigger(t => t.ForJob(job.Key).WithIdentity(job.TriggerKey)
                    .StartAt(job.FirstRunAfterInterval ? DateTimeOffset.UtcNow + job.Interval : DateTimeOffset.UtcNow)
                    .WithSimpleSchedule(s => s.WithInterval(job.Interval).RepeatForever()));
            }
        });
        services.AddQuartzHostedService(o =>
        {
            o.WaitForJobsToComplete = true;
            o.AutoStart = enabled;
        });
        return services;
    }
}
