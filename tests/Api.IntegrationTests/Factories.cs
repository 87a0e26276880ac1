using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Persistence;
using Testcontainers.MsSql;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// The real API on a real database, migrated from empty and seeded with the demo program at start-up.
/// A provider that is not available here reports its tests as skipped with <see cref="SkipReason"/>.
/// </summary>
public abstract class ApiFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private Mailbox? _mail;

    public abstract DatabaseProvider Provider { get; }

    public string? SkipReason { get; protected set; }

    protected string ConnectionString { get; set; } = string.Empty;

    /// <summary>Where sent e-mails land: the SMTP test server's Maildir when test.sh runs one, else the outbox folder.</summary>
    public Mailbox Mail => _mail ??= Mailbox.ForTests(forceOutbox: UsesOutbox);

    /// <summary>True to keep e-mails in the outbox folder even when an SMTP test server is running.</summary>
    protected virtual bool UsesOutbox => false;

    /// <summary>Settings of a test class of its own (e.g. an SMTP server that does not answer), applied last.</summary>
    protected virtual IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string>();

    /// <summary>Sign-in attempts allowed per minute and client address (high, except in the rate-limit tests).</summary>
    protected virtual int SignInPerMinute => 100_000;

    public virtual Task InitializeAsync() => Task.CompletedTask;

    public new virtual async Task DisposeAsync() => await base.DisposeAsync();

    /// <summary>A client holding its own cookies; not signed in.</summary>
    public ApiClient Anonymous() => new(CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = true }));

    public async Task<ApiClient> SignedIn(string email, string password)
    {
        var client = Anonymous();
        await client.SignIn(email, password);
        return client;
    }

    public Task<ApiClient> Admin() => SignedIn("admin@partnerportal.local", "Admin123!demo");

    public Task<ApiClient> Manager() => SignedIn("manager@partnerportal.local", "Manager123!demo");

    public T WithDb<T>(Func<ApplicationDbContext, T> read)
    {
        using var scope = Services.CreateScope();
        return read(scope.ServiceProvider.GetRequiredService<ApplicationDbContext>());
    }

    /// <summary>The host environment: Testing, unless a test class looks at Production's behaviour.</summary>
    protected virtual string EnvironmentName => "Testing";

    /// <summary>Whether the demo program and its users are seeded (asked for explicitly, as Development does).</summary>
    protected virtual bool SeedsDemoData => true;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("Database:Provider", Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        if (SeedsDemoData)
        {
            builder.UseSetting("Database:SeedDemoData", "true");
        }

        builder.UseSetting("RateLimits:SignInPerMinute", SignInPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("App:PublicUrl", "http://localhost");
        builder.UseSetting("Portal:MaxUsersPerOrganization", "3");
        builder.UseSetting("OpenIddict:AllowInsecureHttp", "true");
        foreach (var (key, value) in Mail.Settings.Concat(ExtraSettings))
        {
            builder.UseSetting(key, value);
        }
    }
}

public class SqliteApiFactory : ApiFactory
{
    private readonly string _folder = Directory.CreateTempSubdirectory("pp-sqlite-").FullName;

    public SqliteApiFactory() => ConnectionString = $"Data Source={Path.Combine(_folder, "test.db")}";

    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}

/// <summary>PostgreSQL from <c>PARTNERPORTAL_TEST_POSTGRES</c> (test.sh starts a throwaway server); one new database per factory.</summary>
public class PostgresApiFactory : ApiFactory
{
    public const string Variable = "PARTNERPORTAL_TEST_POSTGRES";

    public PostgresApiFactory()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server))
        {
            SkipReason = $"{Variable} is not set; ./test.sh starts a PostgreSQL server and sets it.";
            return;
        }

        ConnectionString = new NpgsqlConnectionStringBuilder(server) { Database = $"pp_{Guid.NewGuid():N}" }.ConnectionString;
    }

    public override DatabaseProvider Provider => DatabaseProvider.PostgreSql;

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (SkipReason is null)
        {
            NpgsqlConnection.ClearAllPools();
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            var database = builder.Database;
            builder.Database = "postgres";
            await using var connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}

/// <summary>SQL Server in a container, wherever a Docker engine answers.</summary>
public sealed class SqlServerApiFactory : ApiFactory
{
    private MsSqlContainer? _container;

    public SqlServerApiFactory() => SkipReason = Docker.UnavailableReason();

    public override DatabaseProvider Provider => DatabaseProvider.SqlServer;

    public override async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return;
        }

        _container = new MsSqlBuilder("mcr.microsoft.com/mssql/server:2022-latest").Build();
        await _container.StartAsync();
        ConnectionString = _container.GetConnectionString();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        if (_container is not null)
        {
            await _container.DisposeAsync();
        }
    }
}

public static class Docker
{
    /// <summary>Why SQL Server tests cannot run here, or null when a Docker engine socket is there.</summary>
    public static string? UnavailableReason()
    {
        var host = Environment.GetEnvironmentVariable("DOCKER_HOST");
        if (!string.IsNullOrEmpty(host) || File.Exists("/var/run/docker.sock"))
        {
            return null;
        }

        return "No Docker engine answers here (no DOCKER_HOST, no /var/run/docker.sock), so Testcontainers cannot start SQL Server.";
    }
}
