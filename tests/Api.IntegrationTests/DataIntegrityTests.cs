using System.Net;
using System.Text.Json.Nodes;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Infrastructure.Persistence;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Issue 7 (data integrity): text input, missing parents, duplicates, licence pools, websites, customers.</summary>
public abstract class DataIntegrityTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    // Item 9: control characters.
    [SkippableFact]
    public async Task ControlCharacters_InBodyOrQuery_Are400NamingTheField_OnEveryProvider()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await CreatePartner(admin);

        var type = await admin.Expect(admin.Post("/api/partner-types", new { name = "Nul\u0000type" }), HttpStatusCode.BadRequest);
        var escape = await admin.Expect(admin.Post("/api/partner-types", new { name = "Esc\u001btype" }), HttpStatusCode.BadRequest);
        var newline = await admin.Expect(admin.Post("/api/partner-types", new { name = "Two\nlines" }), HttpStatusCode.BadRequest);
        var search = await admin.Expect(admin.Get("/api/accounts?search=a%00b"), HttpStatusCode.BadRequest);
        var contact = await admin.Expect(
            admin.Post($"/api/accounts/{partner}/contacts", new { name = "Ann\u0000", email = "ann@example.com" }), HttpStatusCode.BadRequest);
        var contactSearch = await admin.Expect(admin.Get($"/api/accounts/{partner}/contacts?search=%01"), HttpStatusCode.BadRequest);
        var account = await admin.Expect(
            admin.Post("/api/accounts", new { name = "Fine", type = "Partner", country = "D\u0000E" }), HttpStatusCode.BadRequest);

        foreach (var (problem, field) in new[] { (type, "name"), (escape, "name"), (newline, "name"), (search, "search"), (contact, "name"), (contactSearch, "search"), (account, "country") })
        {
            problem["code"]!.GetValue<string>().ShouldBe("validation_failed");
            problem["errors"]![field].ShouldNotBeNull(problem.ToJsonString());
        }

        Factory.WithDb(db => db.PartnerTypes.Any(t => t.Name.StartsWith("Nul") || t.Name.StartsWith("Esc"))).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task ControlCharacters_InSignInOrTokenRequests_AreRefusedWithoutA500()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        var login = await client.Expect(client.Post("/api/auth/login", new { email = "admin\u0000@partnerportal.local", password = "Admin123!demo" }), HttpStatusCode.BadRequest);
        var logs = new CapturingLogs();
        using var host = Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        var token = await host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "client\u0000id",
            ["client_secret"] = "secret",
        }));
        var escape = await host.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials",
            ["client_id"] = "client\u0001id",
            ["client_secret"] = "secret",
        }));

        login["code"]!.GetValue<string>().ShouldBe("validation_failed");
        login["errors"]!["email"].ShouldNotBeNull();
        token.StatusCode.ShouldBe(HttpStatusCode.BadRequest, string.Join("\n", logs.Errors));
        escape.StatusCode.ShouldBe(HttpStatusCode.BadRequest, string.Join("\n", logs.Errors));
        (await escape.Content.ReadAsStringAsync()).ShouldContain("control characters");
        logs.Errors.ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task MultiLineDescriptions_KeepLineBreaksAndTabs_ButNotOtherControlCharacters()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var created = await admin.Expect(
            admin.Post("/api/partner-types", new { name = Unique("Multi"), description = "Line one\nLine two\r\n\tindented" }), HttpStatusCode.Created);
        var refused = await admin.Expect(
            admin.Post("/api/partner-types", new { name = Unique("Multi"), description = "bell\u0007" }), HttpStatusCode.BadRequest);

        created["description"]!.GetValue<string>().ShouldBe("Line one\nLine two\r\n\tindented");
        refused["errors"]!["description"].ShouldNotBeNull();
    }

    // Item 10: missing parents are 404, constraint violations that slip through are the rule's answer.
    [SkippableFact]
    public async Task MissingParents_InRouteOrBody_Are404NotFound()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var partner = await CreatePartner(admin);
        var unknown = Guid.NewGuid();

        var calls = new[]
        {
            admin.Post($"/api/partner-types/{unknown}/levels", new { name = "Gold", number = 1, targetScore = 10 }),
            admin.Post("/api/partnerships", new { accountId = unknown, partnerTypeId = program.TypeId, isActive = true }),
            admin.Post("/api/partnerships", new { accountId = partner, partnerTypeId = unknown, isActive = true }),
            admin.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, partnerLevelId = unknown, isActive = true }),
            admin.Post($"/api/partner-levels/{program.BronzeId}/parameters",
                new { kind = "Obligation", categoryId = unknown, valueType = "Integer", numberValue = 1, score = 1 }),
            admin.Post($"/api/accounts/{unknown}/contacts", new { name = "Ann", email = "ann@example.com" }),
            admin.Get($"/api/accounts/{unknown}/contacts"),
        };
        foreach (var call in calls)
        {
            (await admin.Expect(call, HttpStatusCode.NotFound))["code"]!.GetValue<string>().ShouldBe("not_found");
        }

        Factory.WithDb(db => db.PartnerLevels.Any(l => l.PartnerTypeId == unknown)).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task ConstraintViolations_ThatSlipPastTheHandlers_BecomeTheRulesAnswer()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var resellerId = Factory.WithDb(db => db.PartnerTypes.Single(t => t.Name == "Reseller").Id);

        var name = (DomainRuleException)await SaveFails(db => db.PartnerTypes.Add(PartnerType.Create(" reseller ", null)));
        var number = (DomainRuleException)await SaveFails(db => db.PartnerLevels.Add(PartnerLevel.Create(resellerId, Unique("Level"), null, 1, 0, levelCount: 0)));
        var parent = await SaveFails(db => db.PartnerLevels.Add(PartnerLevel.Create(Guid.NewGuid(), "Orphan", null, 1, 0, levelCount: 0)));

        name.Code.ShouldBe("duplicate_name");
        name.IsConflict.ShouldBeTrue();
        number.Code.ShouldBe("duplicate_level_number");
        parent.ShouldBeOfType<NotFoundException>().Message.ShouldContain("does not exist");
    }

    [SkippableFact]
    public async Task ExpectedConstraintViolations_AreNotLoggedAsErrors()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var logs = new CapturingLogs();
        using var host = Factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        using var scope = host.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        db.PartnerTypes.Add(PartnerType.Create("RESELLER", null));

        await Should.ThrowAsync<DomainRuleException>(() => db.SaveChangesAsync());

        logs.Errors.ShouldBeEmpty();
    }

    // Item 15: names are unique, trimmed and ignoring case.
    [SkippableFact]
    public async Task Duplicates_IgnoringCaseAndSpaces_Are409DuplicateName()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var other = await CreatePartner(admin);

        var calls = new[]
        {
            admin.Post("/api/accounts", new { name = "Northwind Traders", type = "Partner" }),
            admin.Post("/api/accounts", new { name = "  northwind TRADERS ", type = "Customer" }),
            admin.Put($"/api/accounts/{other}", new { name = "northwind traders", type = "Partner" }),
            admin.Post("/api/partner-types", new { name = " reseller " }),
            admin.Post($"/api/partner-types/{program.TypeId}/levels", new { name = " bronze ", number = 7, targetScore = 0 }),
            admin.Post("/api/parameter-categories", new { name = "LEADS NUMBER", metric = "None", defaultValueType = "Integer" }),
            admin.Post("/api/license-pools", new { edition = " partner portal CLOUD", seats = 3 }),
        };
        foreach (var call in calls)
        {
            var problem = await admin.Expect(call, HttpStatusCode.Conflict);
            problem["code"]!.GetValue<string>().ShouldBe("duplicate_name");
            problem["detail"]!.GetValue<string>().ShouldContain("already");
        }

        Factory.WithDb(db => db.Accounts.Count(a => a.NormalizedName == "NORTHWIND TRADERS")).ShouldBe(1);
        Factory.WithDb(db => db.LicensePools.Count()).ShouldBe(1);
    }

    [SkippableFact]
    public async Task Renaming_ARecord_ToItsOwnNameInOtherCase_IsAllowed()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var name = Unique("Casing");
        var created = await admin.Expect(admin.Post("/api/accounts", new { name, type = "Partner" }), HttpStatusCode.Created);

        var renamed = await admin.Expect(
            admin.Put($"/api/accounts/{created["id"]}", new { name = name.ToUpperInvariant(), type = "Partner" }), HttpStatusCode.OK);

        renamed["name"]!.GetValue<string>().ShouldBe(name.ToUpperInvariant());
    }

    // Item 16: licence pools.
    [SkippableFact]
    public async Task LicensePools_RefuseNegativeSeats_AndArePartnerPortalPools()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var negative = await admin.Expect(admin.Post("/api/license-pools", new { edition = Unique("Edition"), seats = -3 }), HttpStatusCode.BadRequest);
        var pools = await admin.GetJson("/api/license-pools");

        negative["errors"]!["seats"].ShouldNotBeNull();
        pools["items"]!.AsArray().ShouldAllBe(p => p!["kind"]!.GetValue<string>() == "PartnerPortal");
        Factory.WithDb(db => db.LicensePools.All(p => p.Kind == LicenseKind.PartnerPortal)).ShouldBeTrue();
    }

    // Item 17: websites are absolute http(s) addresses.
    [SkippableFact]
    public async Task AccountWebsite_MustBeAnAbsoluteHttpAddress()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        foreach (var website in new[] { "www.example.com", "example", "javascript:alert(1)", "ftp://example.com", "/relative/path", "https://exa mple.com" })
        {
            var problem = await admin.Expect(admin.Post("/api/accounts", new { name = Unique("Web"), type = "Partner", website }), HttpStatusCode.BadRequest);
            problem["errors"]!["website"]!.AsArray().Single()!.GetValue<string>().ShouldContain("https://");
        }

        var ok = await admin.Expect(admin.Post("/api/accounts", new { name = Unique("Web"), type = "Partner", website = "https://www.example.com/about" }), HttpStatusCode.Created);
        ok["website"]!.GetValue<string>().ShouldBe("https://www.example.com/about");
    }

    // Issue 7 item 5: an account's e-mail domain is stored in one form, and a public mail provider is not a company's.
    [SkippableFact]
    public async Task AccountEmailDomain_IsNormalized_AndRefusesPublicProvidersAndNonDomains()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var created = await admin.Expect(
            admin.Post("/api/accounts", new { name = Unique("Domain"), type = "Partner", emailDomain = " @WWW.Contoso-Partner.Example " }), HttpStatusCode.Created);
        var publicProvider = await admin.Expect(
            admin.Post("/api/accounts", new { name = Unique("Domain"), type = "Partner", emailDomain = "Gmail.com" }), HttpStatusCode.UnprocessableEntity);
        var notADomain = await admin.Expect(
            admin.Post("/api/accounts", new { name = Unique("Domain"), type = "Partner", emailDomain = "someone@contoso.example" }), HttpStatusCode.UnprocessableEntity);
        var read = await admin.GetJson($"/api/accounts/{created["id"]}");

        created["emailDomain"]!.GetValue<string>().ShouldBe("contoso-partner.example");
        read["emailDomain"]!.GetValue<string>().ShouldBe("contoso-partner.example");
        publicProvider["code"]!.GetValue<string>().ShouldBe("email_domain_public");
        notADomain["code"]!.GetValue<string>().ShouldBe("email_domain_invalid");
    }

    // Item 18: customers are listed on their own and get no partnership.
    [SkippableFact]
    public async Task Customers_AreListedByType_AndCannotGetAPartnership()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var customer = (await manager.Expect(manager.Post("/api/accounts", new { name = Unique("Customer"), type = "Customer" }), HttpStatusCode.Created))["id"]!.GetValue<string>();

        var customers = await manager.GetJson("/api/accounts?type=Customer&pageSize=200");
        var refused = await manager.Expect(
            manager.Post("/api/partnerships", new { accountId = customer, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.UnprocessableEntity);

        customers["items"]!.AsArray().Select(a => a!["id"]!.GetValue<string>()).ShouldContain(customer);
        customers["items"]!.AsArray().ShouldAllBe(a => a!["type"]!.GetValue<string>() == "Customer");
        refused["code"]!.GetValue<string>().ShouldBe("account_not_partner");
    }

    private async Task<Exception> SaveFails(Action<ApplicationDbContext> change)
    {
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        change(db);
        var thrown = await Should.ThrowAsync<Exception>(() => db.SaveChangesAsync());
        thrown.ShouldNotBeAssignableTo<Microsoft.EntityFrameworkCore.DbUpdateException>(thrown.ToString());
        return thrown;
    }

    protected static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    protected static async Task<string> CreatePartner(ApiClient client, string? name = null) =>
        (await client.Expect(client.Post("/api/accounts", new { name = name ?? Unique("Partner"), type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();
}

public sealed class SqliteDataIntegrityTests(SqliteApiFactory factory) : DataIntegrityTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresDataIntegrityTests(PostgresApiFactory factory) : DataIntegrityTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerDataIntegrityTests(SqlServerApiFactory factory) : DataIntegrityTests<SqlServerApiFactory>(factory);

/// <summary>Collects the messages logged at Error or above.</summary>
internal sealed class CapturingLogs : ILoggerProvider
{
    public System.Collections.Concurrent.ConcurrentQueue<string> Errors { get; } = new();

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(CapturingLogs owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Error;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Error)
            {
                owner.Errors.Enqueue($"{category}: {formatter(state, exception)} {exception}");
            }
        }
    }
}
