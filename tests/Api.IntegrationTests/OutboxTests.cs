using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Invitations go through the transactional outbox: they leave only after the commit, a rolled-back change sends
/// nothing, an SMTP outage queues them (the request succeeds) until the server is back, and a message that keeps
/// failing ends dead where an administrator can see and retry it.
/// </summary>
public abstract class OutboxTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory => factory;

    [SkippableFact]
    public async Task Invitation_IsDeliveredAfterTheCommit_WithAStableMessageId()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var (organization, email) = await OutboxScenario.NewOrganizationAndEmail(admin, "Northwind");

        var added = (await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.OK)).AsArray().Single()!;

        added["invitationDelivery"]!.GetValue<string>().ShouldBeOneOf("Queued", "Sent");
        var message = await Factory.Mail.WaitFor(email);
        var stored = Factory.WithDb(db => db.OutboxMessages.AsNoTracking().Single(m => m.SubjectId == Guid.Parse(added["id"]!.GetValue<string>())));
        message.MessageId.ShouldBe($"{stored.Id:N}@partnerportal");
        var user = await OutboxScenario.WaitForDelivery(admin, organization, email, "Sent");
        user["invitationDeliveryError"].ShouldBeNull();
        stored = Factory.WithDb(db => db.OutboxMessages.AsNoTracking().Single(m => m.Id == stored.Id));
        stored.State.ShouldBe(OutboxMessageState.Sent);
        stored.Payload.ShouldBeEmpty("the invitation link must not stay at rest once sent");
    }

    [SkippableFact]
    public async Task ConcurrentDispatchers_SendEveryMessageOnce()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var tag = Guid.NewGuid().ToString("N")[..10];
        using (var scope = Factory.Services.CreateScope())
        {
            var outbox = scope.ServiceProvider.GetRequiredService<PartnerPortal.Application.Common.Messaging.Outbox>();
            for (var i = 0; i < 40; i++)
            {
                outbox.Email(new PartnerPortal.Application.Common.Interfaces.EmailMessage(
                    $"race.{tag}.{i}@example.com", $"Race {tag} #{i}", "Hello", "<p>Hello</p>"), "race", null);
            }

            await scope.ServiceProvider.GetRequiredService<ApplicationDbContext>().SaveChangesAsync();
        }

        // Three at once: two here, and the scheduler's own run that the commit woke.
        await Task.WhenAll(Dispatch("racer-1"), Dispatch("racer-2"));
        for (var i = 0; i < 100 && Factory.WithDb(db => db.OutboxMessages.Count(m => m.Topic == "race" && m.State != OutboxMessageState.Sent)) > 0; i++)
        {
            await Task.Delay(100);
        }

        Factory.WithDb(db => db.OutboxMessages.Where(m => m.Topic == "race").Select(m => m.Attempts).ToList()).ShouldAllBe(a => a == 1);
        var delivered = await DeliveredWith(tag, 40);
        delivered.Count.ShouldBe(40, "each message once");
    }

    [SkippableFact]
    public async Task MessageClaimedByACrashedInstance_IsSentAgainOnlyAfterTheClaimExpires()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var tag = Guid.NewGuid().ToString("N")[..10];
        Guid id;
        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            id = scope.ServiceProvider.GetRequiredService<PartnerPortal.Application.Common.Messaging.Outbox>()
                .Email(new PartnerPortal.Application.Common.Interfaces.EmailMessage($"crash.{tag}@example.com", $"Crash {tag}", "Hello", "<p>Hello</p>"), "crash", null).Id;
            await using var transaction = await db.Database.BeginTransactionAsync();
            await db.SaveChangesAsync();

            // As if an instance had claimed it and died mid-send.
            var until = DateTime.UtcNow.AddMinutes(10);
            await db.OutboxMessages.Where(m => m.Id == id)
                .ExecuteUpdateAsync(u => u.SetProperty(m => m.LockedBy, "crashed").SetProperty(m => m.LockedUntil, until));
            await transaction.CommitAsync();
        }

        await Dispatch("survivor");
        Factory.WithDb(db => db.OutboxMessages.Single(m => m.Id == id).State).ShouldBe(OutboxMessageState.Pending, "the claim still holds");

        var expired = DateTime.UtcNow.AddSeconds(-1);
        Factory.WithDb(db => db.OutboxMessages.Where(m => m.Id == id).ExecuteUpdate(u => u.SetProperty(m => m.LockedUntil, expired)));
        await Dispatch("survivor");

        var message = Factory.WithDb(db => db.OutboxMessages.AsNoTracking().Single(m => m.Id == id));
        message.State.ShouldBe(OutboxMessageState.Sent);
        message.LockedBy.ShouldBeNull();
        (await DeliveredWith(tag, 1)).Single().MessageId.ShouldBe($"{id:N}@partnerportal");
    }

    private async Task Dispatch(string instance)
    {
        using var scope = Factory.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<PartnerPortal.Infrastructure.Messaging.OutboxDispatcher>().DispatchAsync(instance, CancellationToken.None);
    }

    private async Task<List<MimeMessage>> DeliveredWith(string tag, int expected)
    {
        List<MimeMessage> found = [];
        for (var i = 0; i < 100; i++)
        {
            found = Directory.Exists(Factory.Mail.Folder)
                ? [.. new DirectoryInfo(Factory.Mail.Folder).GetFiles().Select(f => MimeMessage.Load(f.FullName)).Where(m => (m.Subject ?? string.Empty).Contains(tag))]
                : [];
            if (found.Count >= expected)
            {
                break;
            }

            await Task.Delay(100);
        }

        await Task.Delay(500); // nothing more arrives
        return Directory.Exists(Factory.Mail.Folder)
            ? [.. new DirectoryInfo(Factory.Mail.Folder).GetFiles().Select(f => MimeMessage.Load(f.FullName)).Where(m => (m.Subject ?? string.Empty).Contains(tag))]
            : found;
    }

    [SkippableFact]
    public async Task RolledBackChange_SendsNothing()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var (organization, email) = await OutboxScenario.NewOrganizationAndEmail(admin, "Contoso");
        var userId = Guid.Parse((await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = false }),
            HttpStatusCode.OK)).AsArray().Single()!["id"]!.GetValue<string>());

        using (var scope = Factory.Services.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            await using var transaction = await db.Database.BeginTransactionAsync();
            var user = await db.PortalUsers.SingleAsync(u => u.Id == userId);
            user.Invite(DateTime.UtcNow);
            await db.SaveChangesAsync();
            db.OutboxMessages.Count(m => m.SubjectId == userId).ShouldBe(1, "the event's handler wrote the e-mail in the transaction");
            await transaction.RollbackAsync();
        }

        await Task.Delay(TimeSpan.FromSeconds(3));
        Factory.WithDb(db => db.OutboxMessages.Count(m => m.SubjectId == userId)).ShouldBe(0);
        await Should.ThrowAsync<TimeoutException>(() => Factory.Mail.WaitFor(email));
    }
}

/// <summary>Steps the outbox tests share.</summary>
internal static class OutboxScenario
{
    public static async Task<(string Organization, string Email)> NewOrganizationAndEmail(ApiClient admin, string partner)
    {
        var account = await admin.Expect(
            admin.Post("/api/accounts", new { name = $"{partner} {Guid.NewGuid():N}", type = "Partner" }), HttpStatusCode.Created);
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{account["id"]}/portal-organization"), HttpStatusCode.Created))["id"]!
            .GetValue<string>();
        return (organization, $"outbox.{Guid.NewGuid():N}@{partner.ToLowerInvariant()}.example");
    }

    public static async Task<JsonNode> WaitForDelivery(ApiClient admin, string organization, string email, string state)
    {
        JsonNode? user = null;
        for (var i = 0; i < 300; i++)
        {
            user = (await admin.GetJson($"/api/portal-organizations/{organization}/users"))["items"]!.AsArray()
                .Single(u => u!["email"]!.GetValue<string>() == email)!;
            if (user["invitationDelivery"]!.GetValue<string>() == state)
            {
                return user;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"The invitation to {email} did not reach {state}; last seen: {user}");
    }
}

public sealed class SqliteOutboxTests(SqliteApiFactory factory) : OutboxTests<SqliteApiFactory>(factory)
{
    /// <summary>Write-ahead logging: the dispatcher's and the scheduler's reads no longer make a request's write fail "database is locked".</summary>
    [SkippableFact]
    public void TheDatabase_UsesWriteAheadLogging() =>
        Factory.WithDb(db => db.Database.SqlQueryRaw<string>("SELECT journal_mode AS \"Value\" FROM pragma_journal_mode()").AsEnumerable().Single()).ShouldBe("wal");
}

[Trait("Database", "PostgreSql")]
public sealed class PostgresOutboxTests(PostgresApiFactory factory) : OutboxTests<PostgresApiFactory>(factory);

/// <summary>The mail server is down: the request still succeeds, the invitation waits, and leaves when the server is back.</summary>
public abstract class SmtpOutageTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory, IClosedSmtpPort
{
    [SkippableFact]
    public async Task Invitation_IsQueuedDuringAnOutage_AndDeliveredWhenTheServerReturns()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var unavailable = SmtpServerProcess.UnavailableReason();
        Skip.If(unavailable is not null, unavailable);
        var admin = await factory.Admin();
        var (organization, email) = await OutboxScenario.NewOrganizationAndEmail(admin, "Fabrikam");

        var added = await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.OK);

        added.AsArray().Single()!["email"]!.GetValue<string>().ShouldBe(email);
        var retrying = await OutboxScenario.WaitForDelivery(admin, organization, email, "Retrying");
        retrying["invitationDeliveryError"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();

        await using var server = SmtpServerProcess.Start(factory.SmtpPort);
        await OutboxScenario.WaitForDelivery(admin, organization, email, "Sent");
        var delivered = await server.WaitFor(email);
        (delivered.Subject ?? string.Empty).ShouldContain("partner portal");
    }
}

/// <summary>A message that keeps failing ends dead; an administrator sees why and can send it again.</summary>
public abstract class DeadLetterTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory, IClosedSmtpPort
{
    [SkippableFact]
    public async Task FailingMessage_IsDeadAfterMaxAttempts_AndAnAdministratorCanRetryIt()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var admin = await factory.Admin();
        var (organization, email) = await OutboxScenario.NewOrganizationAndEmail(admin, "Fabrikam");
        await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.OK);

        var failed = await OutboxScenario.WaitForDelivery(admin, organization, email, "Failed");

        failed["invitationDeliveryError"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var dead = (await admin.GetJson("/api/admin/outbox?state=Dead"))["items"]!.AsArray()
            .Single(m => m!["summary"]!.GetValue<string>().StartsWith(email, StringComparison.Ordinal))!;
        dead["attempts"]!.GetValue<int>().ShouldBe(2);
        dead["lastError"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var manager = await factory.Manager();
        await manager.Expect(manager.Get("/api/admin/outbox"), HttpStatusCode.Forbidden);

        var retried = await admin.Expect(admin.Post($"/api/admin/outbox/{dead["id"]}/retry"), HttpStatusCode.OK);
        retried["state"]!.GetValue<string>().ShouldBe("Pending");
        retried["attempts"]!.GetValue<int>().ShouldBe(0);
        var again = await admin.Expect(admin.Post($"/api/admin/outbox/{dead["id"]}/retry"), HttpStatusCode.Conflict);
        again["code"]!.GetValue<string>().ShouldBe("outbox_message_not_dead");
        await admin.Expect(admin.Post($"/api/admin/outbox/{Guid.NewGuid()}/retry"), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task FailedInvitation_CanBeResent()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var admin = await factory.Admin();
        var (organization, email) = await OutboxScenario.NewOrganizationAndEmail(admin, "Fabrikam");
        var userId = (await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.OK)).AsArray().Single()!["id"]!.GetValue<string>();
        await OutboxScenario.WaitForDelivery(admin, organization, email, "Failed");

        var resent = await admin.Expect(admin.Post($"/api/portal-users/{userId}/invite"), HttpStatusCode.OK);

        resent["invitationDelivery"]!.GetValue<string>().ShouldBeOneOf("Queued", "Retrying");
        factory.WithDb(db => db.OutboxMessages.Count(m => m.SubjectId == Guid.Parse(userId))).ShouldBe(2);
    }
}

/// <summary>A factory whose SMTP server is a port where nothing listens (until a test starts one there).</summary>
public interface IClosedSmtpPort
{
    int SmtpPort { get; }
}

internal static class ClosedSmtp
{
    public static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    public static Dictionary<string, string> Settings(int port, int maxAttempts) => new()
    {
        ["Email:Mode"] = "Smtp",
        ["Email:Host"] = "127.0.0.1",
        ["Email:Port"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:Security"] = "None",
        ["Outbox:PollSeconds"] = "1",
        ["Outbox:RetryBaseSeconds"] = "0.2",
        ["Outbox:MaxAttempts"] = maxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public sealed class SqliteOutageFactory : SqliteApiFactory, IClosedSmtpPort
{
    public int SmtpPort { get; } = ClosedSmtp.FreePort();

    protected override IReadOnlyDictionary<string, string> ExtraSettings => ClosedSmtp.Settings(SmtpPort, maxAttempts: 1000);
}

public sealed class PostgresOutageFactory : PostgresApiFactory, IClosedSmtpPort
{
    public int SmtpPort { get; } = ClosedSmtp.FreePort();

    protected override IReadOnlyDictionary<string, string> ExtraSettings => ClosedSmtp.Settings(SmtpPort, maxAttempts: 1000);
}

public sealed class SqliteDeadLetterFactory : SqliteApiFactory, IClosedSmtpPort
{
    public int SmtpPort { get; } = ClosedSmtp.FreePort();

    protected override IReadOnlyDictionary<string, string> ExtraSettings => ClosedSmtp.Settings(SmtpPort, maxAttempts: 2);
}

public sealed class PostgresDeadLetterFactory : PostgresApiFactory, IClosedSmtpPort
{
    public int SmtpPort { get; } = ClosedSmtp.FreePort();

    protected override IReadOnlyDictionary<string, string> ExtraSettings => ClosedSmtp.Settings(SmtpPort, maxAttempts: 2);
}

public sealed class SqliteSmtpOutageTests(SqliteOutageFactory factory) : SmtpOutageTests<SqliteOutageFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresSmtpOutageTests(PostgresOutageFactory factory) : SmtpOutageTests<PostgresOutageFactory>(factory);

public sealed class SqliteDeadLetterTests(SqliteDeadLetterFactory factory) : DeadLetterTests<SqliteDeadLetterFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresDeadLetterTests(PostgresDeadLetterFactory factory) : DeadLetterTests<PostgresDeadLetterFactory>(factory);

/// <summary>A real SMTP server process (aiosmtpd, as test.sh runs) started by a test on a port of its choosing.</summary>
public sealed class SmtpServerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly string _maildir;

    private SmtpServerProcess(Process process, string maildir)
    {
        _process = process;
        _maildir = maildir;
    }

    public static string? UnavailableReason()
    {
        using var probe = Process.Start(new ProcessStartInfo("/usr/bin/python3", "-c \"import aiosmtpd\"") { RedirectStandardError = true });
        probe?.WaitForExit();
        return probe is { ExitCode: 0 } ? null : "python3-aiosmtpd is not installed; ./test.sh installs it.";
    }

    public static SmtpServerProcess Start(int port)
    {
        var maildir = Directory.CreateTempSubdirectory("pp-smtp-").FullName;
        foreach (var folder in new[] { "tmp", "new", "cur" })
        {
            Directory.CreateDirectory(Path.Combine(maildir, folder));
        }
        var process = Process.Start(new ProcessStartInfo(
            "/usr/bin/python3", $"-m aiosmtpd -n -l 127.0.0.1:{port} -c aiosmtpd.handlers.Mailbox {maildir}")
        {
            RedirectStandardOutput = true, RedirectStandardError = true,
        }) ?? throw new InvalidOperationException("aiosmtpd did not start.");
        return new SmtpServerProcess(process, maildir);
    }

    public async Task<MimeMessage> WaitFor(string to)
    {
        var folder = Path.Combine(_maildir, "new");
        for (var i = 0; i < 300; i++)
        {
            var message = Directory.Exists(folder)
                ? new DirectoryInfo(folder).GetFiles().Select(f => MimeMessage.Load(f.FullName))
                    .FirstOrDefault(m => m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
                : null;
            if (message is not null)
            {
                return message;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} reached the SMTP server.");
    }

    public async ValueTask DisposeAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        _process.Dispose();
        Directory.Delete(_maildir, recursive: true);
    }
}
