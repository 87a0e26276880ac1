using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using Npgsql;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Persistence;
using PartnerPortal.Infrastructure.Scheduling;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Two API hosts on one PostgreSQL database, as two instances behind a load balancer: the clustered scheduler fires
/// each tick of a job on one of them only, and every outbox message is delivered exactly once.
/// </summary>
public sealed class TwoHostTests : IAsyncLifetime
{
    private readonly string? _skip = string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(PostgresApiFactory.Variable))
        ? $"{PostgresApiFactory.Variable} is not set; ./test.sh starts a PostgreSQL server and sets it."
        : null;

    private readonly string _database = $"pp_{Guid.NewGuid():N}";
    private readonly Mailbox _mail = Mailbox.ForTests();
    private readonly List<SharedDatabaseFactory> _hosts = [];

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }

        if (_skip is null)
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString) { Database = "postgres" };
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }

    private string ConnectionString =>
        new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable(PostgresApiFactory.Variable)) { Database = _database }.ConnectionString;

    [SkippableFact]
    public async Task TwoHosts_FireEachTickOnce_AndDeliverEveryMessageExactlyOnce()
    {
        Skip.If(_skip is not null, _skip);
        var first = Start();
        var second = Start();
        var tag = Guid.NewGuid().ToString("N")[..12];

        // 100 e-mails committed at once from the first host; both dispatch.
        using (var scope = first.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<Outbox>();
            for (var i = 0; i < 100; i++)
            {
                outbox.Email(new EmailMessage($"two-hosts.{i}@example.com", $"Two hosts {tag} #{i}", "Hello", "<p>Hello</p>"), "test", null);
            }

            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SaveChangesAsync();
        }

        await WaitUntil(() => first.WithDb(db => db.OutboxMessages.Count(m => m.Topic == "test" && m.State == OutboxMessageState.Sent)) == 100);
        await Task.Delay(TimeSpan.FromSeconds(4)); // ticks keep firing on both hosts meanwhile

        var delivered = Delivered(tag);
        delivered.Count.ShouldBe(100);
        delivered.Select(m => m.Subject).Distinct().Count().ShouldBe(100);
        delivered.Select(m => m.MessageId).Distinct().Count().ShouldBe(100);
        var runs = first.WithDb(db => db.JobRuns.AsNoTracking().Where(r => r.Job == OutboxDispatchJob.Name && r.ScheduledAt != null).ToList());
        runs.Count.ShouldBeGreaterThan(5);
        runs.GroupBy(r => r.ScheduledAt).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("a tick ran on both hosts");
        var instances = runs.Select(r => r.Instance).Distinct().ToList();
        instances.Count.ShouldBeInRange(1, 2);
        first.WithDb(db => db.OutboxMessages.Count(m => m.Topic == "test" && m.Attempts != 1)).ShouldBe(0, "a message was attempted twice");
    }

    [SkippableFact]
    public async Task TwoHosts_ExpireALeadOfferOnce_AndReofferItOnce()
    {
        Skip.If(_skip is not null, _skip);
        var first = Start();
        var second = Start();
        var partners = first.WithDb(db => db.Partnerships.AsNoTracking().Where(p => p.IsActive).Select(p => p.AccountId).Take(2).ToList());
        partners.Count.ShouldBe(2, "the demo program's partners");
        var now = DateTime.UtcNow;
        var actor = new LeadActor(null, "Test", false, now);
        var lead = Lead.Create(new LeadDetails(null, null, $"Two hosts {Guid.NewGuid():N}", null, null, "A need", 100, null, null), "EUR", actor);
        lead.Offer(partners[0], null, now.AddMinutes(-1), actor); // already past its deadline
        using (var scope = first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            db.Leads.Add(lead);
            await db.SaveChangesAsync();
        }

        await WaitUntil(() => first.WithDb(db => db.LeadOffers.Count(o => o.LeadId == lead.Id && o.State == LeadOfferState.Expired)) == 1);
        await Task.Delay(TimeSpan.FromSeconds(4)); // ticks keep firing on both hosts meanwhile

        first.WithDb(db => db.LeadOffers.Count(o => o.LeadId == lead.Id)).ShouldBe(2, "expired once, re-offered once");
        first.WithDb(db => db.LeadRoutingDecisions.Count(d => d.LeadId == lead.Id)).ShouldBe(1);
        var runs = first.WithDb(db => db.JobRuns.AsNoTracking().Where(r => r.Job == LeadOfferExpiryJob.Name && r.ScheduledAt != null).ToList());
        runs.Count.ShouldBeGreaterThan(3);
        runs.GroupBy(r => r.ScheduledAt).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("a tick ran on both hosts");
        second.WithDb(db => db.LeadEvents.Count(e => e.LeadId == lead.Id && e.What == "Offer expired")).ShouldBe(1);
    }

    [SkippableFact]
    public async Task TwoHosts_RunTheNightlyTierEvaluationOncePerFiring_AndDecideOnce()
    {
        Skip.If(_skip is not null, _skip);
        var first = Start();
        var second = Start();

        // Northwind (the worked example, 64 of 80) gets 2 more leads written without an event: only the nightly run sees them.
        var northwind = first.WithDb(db => db.Partnerships.AsNoTracking().Where(p => p.IsActive && p.Name.StartsWith("Northwind")).Select(p => new { p.Id, p.AccountId }).Single());
        using (var scope = first.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            var actor = new LeadActor(null, "Test", false, DateTime.UtcNow);
            db.Leads.AddRange(Enumerable.Range(1, 2).Select(i =>
                Lead.ImportForPartner(new LeadDetails(null, null, $"Nightly {i}", null, null, "A need", 100, null, null), northwind.AccountId, "EUR", actor)));
            foreach (var entry in db.ChangeTracker.Entries<Lead>())
            {
                entry.Entity.ClearDomainEvents();
            }

            await db.SaveChangesAsync();
        }

        await WaitUntil(() => first.WithDb(db => db.TierDecisions.Any(d => d.PartnershipId == northwind.Id && d.Trigger == TierTrigger.Nightly && d.Score == 72)));
        await Task.Delay(TimeSpan.FromSeconds(6)); // more firings on both hosts meanwhile

        var runs = first.WithDb(db => db.JobRuns.AsNoTracking().Where(r => r.Job == TierEvaluationJob.Name && r.ScheduledAt != null).ToList());
        runs.Count.ShouldBeGreaterThan(2);
        runs.GroupBy(r => r.ScheduledAt).Where(g => g.Count() > 1).Select(g => g.Key).ShouldBeEmpty("a firing ran on both hosts");
        first.WithDb(db => db.TierDecisions.Count(d => d.PartnershipId == northwind.Id && d.Score == 72)).ShouldBe(1, "decided once: later runs find nothing new");
        second.WithDb(db => db.Partnerships.Single(p => p.Id == northwind.Id).CurrentScore).ShouldBe(72, "8 of 10 leads (32) and 100,000 won (40)");
    }

    private SharedDatabaseFactory Start()
    {
        var host = new SharedDatabaseFactory(ConnectionString, _mail);
        _hosts.Add(host);
        _ = host.Services; // starts it: migrations and seed run on the first only (the second finds them done)
        return host;
    }

    private List<MimeMessage> Delivered(string tag) =>
        Directory.Exists(_mail.Folder)
            ? [.. new DirectoryInfo(_mail.Folder).GetFiles().Select(f => MimeMessage.Load(f.FullName)).Where(m => (m.Subject ?? string.Empty).Contains(tag))]
            : [];

    private static async Task WaitUntil(Func<bool> condition)
    {
        for (var i = 0; i < 600 && !condition(); i++)
        {
            await Task.Delay(100);
        }

        condition().ShouldBeTrue("timed out after 60 s");
    }

    private sealed class SharedDatabaseFactory : ApiFactory
    {
        private readonly Mailbox _mailbox;

        public SharedDatabaseFactory(string connectionString, Mailbox mailbox)
        {
            ConnectionString = connectionString;
            _mailbox = mailbox;
        }

        public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Outbox:PollSeconds", "1");
            builder.UseSetting("Leads:ExpirySeconds", "1");
            builder.UseSetting("TierEngine:NightlyCron", "0/2 * * * * ?");
            foreach (var (key, value) in _mailbox.Settings)
            {
                builder.UseSetting(key, value);
            }
        }
    }
}
