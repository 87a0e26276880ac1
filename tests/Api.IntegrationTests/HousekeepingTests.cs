using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Features.Jobs;
using PartnerPortal.Domain.Idempotency;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>The housekeeping job removes what has served its purpose, and nothing a person still needs.</summary>
public abstract class HousekeepingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Sweep_RemovesOldIdempotencyKeys_OldReadNotifications_AndLongExpiredLinks_KeepsTheRest()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var now = DateTime.UtcNow;
        var account = Factory.WithDb(db => db.Accounts.Select(a => a.Id).First());
        var oldKey = IdempotencyRecord.Claim("user:test", $"old-{Guid.NewGuid():N}", "hash", now.AddHours(-49));
        var freshKey = IdempotencyRecord.Claim("user:test", $"fresh-{Guid.NewGuid():N}", "hash", now.AddHours(-47));
        var oldRead = Notification.Create(Guid.NewGuid(), null, "test", null, "Old, read", "Body", null, now.AddDays(-181));
        oldRead.MarkRead(now.AddDays(-180));
        var oldUnread = Notification.Create(Guid.NewGuid(), null, "test", null, "Old, unread", "Body", null, now.AddDays(-400));
        var recentRead = Notification.Create(Guid.NewGuid(), null, "test", null, "Recent, read", "Body", null, now.AddDays(-10));
        recentRead.MarkRead(now.AddDays(-9));
        var (longExpired, _) = EmailActionLink.Issue(EmailAction.AcceptLeadOffer, Guid.NewGuid(), Guid.NewGuid(), account, now.AddDays(-33), now.AddDays(-31));
        var (justExpired, _) = EmailActionLink.Issue(EmailAction.AcceptLeadOffer, Guid.NewGuid(), Guid.NewGuid(), account, now.AddDays(-3), now.AddDays(-1));
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<PartnerPortal.Infrastructure.Persistence.ApplicationDbContext>();
            db.IdempotencyRecords.AddRange(oldKey, freshKey);
            db.Notifications.AddRange(oldRead, oldUnread, recentRead);
            db.EmailActionLinks.AddRange(longExpired, justExpired);
            await db.SaveChangesAsync();
        }

        using (var scope = Factory.Services.CreateScope())
        {
            var result = await scope.ServiceProvider.GetRequiredService<Housekeeping>().SweepAsync(CancellationToken.None);
            result.IdempotencyRecords.ShouldBeGreaterThanOrEqualTo(1);
            result.Notifications.ShouldBeGreaterThanOrEqualTo(1);
            result.EmailActionLinks.ShouldBeGreaterThanOrEqualTo(1);
        }

        Factory.WithDb(db => db.IdempotencyRecords.AsNoTracking().Where(r => r.Id == oldKey.Id || r.Id == freshKey.Id).Select(r => r.Id).ToList())
            .ShouldBe([freshKey.Id]);
        Factory.WithDb(db => db.Notifications.AsNoTracking().Where(n => n.Id == oldRead.Id || n.Id == oldUnread.Id || n.Id == recentRead.Id).Select(n => n.Title).ToList())
            .ShouldBe(["Old, unread", "Recent, read"], ignoreOrder: true);
        Factory.WithDb(db => db.EmailActionLinks.AsNoTracking().Where(l => l.Id == longExpired.Id || l.Id == justExpired.Id).Select(l => l.Id).ToList())
            .ShouldBe([justExpired.Id]);
    }
}

public sealed class SqliteHousekeepingTests(SqliteApiFactory factory) : HousekeepingTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresHousekeepingTests(PostgresApiFactory factory) : HousekeepingTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerHousekeepingTests(SqlServerApiFactory factory) : HousekeepingTests<SqlServerApiFactory>(factory);
