using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Options;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>A production start has no known password; its first administrator comes from the create-admin command.</summary>
public sealed class ProductionStartTests(ProductionStartTests.Factory factory) : IClassFixture<ProductionStartTests.Factory>
{
    [Fact]
    public async Task ProductionStart_SeedsNoUser_AndCreateAdminMakesTheFirstAdministrator()
    {
        factory.WithDb(db => db.Users.Count()).ShouldBe(0);
        var demo = factory.Anonymous();
        await demo.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        (await demo.Post("/api/auth/login", new { email = "admin@partnerportal.local", password = "Admin123!demo" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);

        var weak = await Run("create-admin", "--email", "first@example.com", "--password", "short");
        var created = await Run("create-admin", "--email=first@example.com", "--password", "First123!admin", "--name", "First Admin");
        var second = await Run("create-admin", "--email", "second@example.com", "--password", "Second123!admin");

        weak.Code.ShouldBe(1);
        weak.Output.ShouldContain("at least 10 characters");
        created.Code.ShouldBe(0, created.Output);
        second.Code.ShouldBe(1);
        second.Output.ShouldContain("administrator exists already");
        var admin = await factory.SignedIn("first@example.com", "First123!admin");
        (await admin.GetJson("/api/auth/me"))["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["Admin"]);
        factory.WithDb(db => db.Users.Count()).ShouldBe(1);
    }

    [Fact]
    public void CreateAdmin_PassesOtherArgumentsToTheHost()
    {
        var command = AdminCommand.Parse(["create-admin", "--email", "a@example.com", "--ConnectionStrings:Default=Data Source=x.db", "--password=p"])!;

        command.Options["email"].ShouldBe("a@example.com");
        command.Options["password"].ShouldBe("p");
        command.HostArgs.ShouldBe(["--ConnectionStrings:Default=Data Source=x.db"]);
        AdminCommand.Parse(["--urls", "http://localhost:1"]).ShouldBeNull();
    }

    private async Task<(int Code, string Output)> Run(params string[] args)
    {
        var output = new StringWriter();
        var code = await AdminCommand.Parse(args)!.RunAsync(factory.Services, output);
        return (code, output.ToString());
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override string EnvironmentName => "Production";

        protected override bool SeedsDemoData => false;
    }
}

/// <summary>Outside Development the application does not start without App:PublicUrl, the base of e-mailed links.</summary>
public sealed class PublicUrlTests
{
    [Fact]
    public async Task ProductionStartWithoutPublicUrl_Fails_WithAClearMessage()
    {
        await using var factory = new NoPublicUrlFactory();

        var failure = Should.Throw<Exception>(() => factory.CreateClient());

        var messages = string.Join(" | ", Chain(failure).Select(e => e.Message));
        messages.ShouldContain("Set App:PublicUrl");
    }

    private static IEnumerable<Exception> Chain(Exception? e)
    {
        for (; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private sealed class NoPublicUrlFactory : SqliteApiFactory
    {
        protected override string EnvironmentName => "Production";

        protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string> { ["App:PublicUrl"] = string.Empty };
    }
}

/// <summary>Even where any Host header is accepted (AllowedHosts: *), e-mailed links use App:PublicUrl.</summary>
public sealed class HostHeaderTests(HostHeaderTests.Factory factory) : IClassFixture<HostHeaderTests.Factory>
{
    [Fact]
    public async Task InvitationSentFromARequestForAnotherHost_LinksToThePublicUrl()
    {
        var admin = await RawSession.SignIn(factory.CreateClient(new() { HandleCookies = false }), "admin@partnerportal.local", "Admin123!demo");
        admin.Host = "attacker.example";
        var northwind = (await admin.Expect(admin.Get("/api/accounts?type=Partner&search=Northwind"), HttpStatusCode.OK))["items"]![0]!["id"]!.GetValue<string>();
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{northwind}/portal-organization"), HttpStatusCode.Created))["id"]!;
        var email = $"host.{Guid.NewGuid():N}@northwind.example";

        await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.OK);

        var message = await factory.Mail.WaitFor(email);
        (message.TextBody ?? string.Empty).ShouldContain("http://localhost/invitation/");
        (message.TextBody + message.HtmlBody).ShouldNotContain("attacker.example");
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override IReadOnlyDictionary<string, string> ExtraSettings => new Dictionary<string, string> { ["AllowedHosts"] = "*" };
    }
}

/// <summary>A failed sign-in costs one password-hash verification whether or not the e-mail has a login.</summary>
public sealed class SignInTimingTests(SignInTimingTests.Factory factory) : IClassFixture<SignInTimingTests.Factory>
{
    [Fact]
    public async Task UnknownEmail_IsCheckedAgainstADummyHash_LikeAKnownOne()
    {
        var client = factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        var hasher = factory.Services.GetRequiredService<CountingHasher>();

        var before = hasher.Verifications;
        (await client.Post("/api/auth/login", new { email = $"nobody.{Guid.NewGuid():N}@example.com", password = "Wrong123!pass" })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        var unknown = hasher.Verifications - before;
        before = hasher.Verifications;
        (await client.Post("/api/auth/login", new { email = "manager@partnerportal.local", password = "Wrong123!pass" })).StatusCode
            .ShouldBe(HttpStatusCode.BadRequest);
        var known = hasher.Verifications - before;

        known.ShouldBe(1);
        unknown.ShouldBe(known);
    }

    public sealed class CountingHasher(IOptions<PasswordHasherOptions> options) : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new(options);
        private int _verifications;

        public int Verifications => _verifications;

        public string HashPassword(ApplicationUser user, string password) => _inner.HashPassword(user, password);

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _verifications);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
            {
                services.AddSingleton<CountingHasher>();
                services.AddSingleton<IPasswordHasher<ApplicationUser>>(sp => sp.GetRequiredService<CountingHasher>());
            });
        }
    }
}

/// <summary>
/// The SPA's files are compressed and cached by kind: hashed /assets/* for a year, index.html revalidated. Served
/// from a web root of the test's own (the real wwwroot exists only after the client build).
/// </summary>
public sealed class StaticFileTests(StaticFileTests.Factory factory) : IClassFixture<StaticFileTests.Factory>
{
    [Fact]
    public async Task IndexHtml_IsRevalidated_AndHashedAssets_AreImmutableAndCompressed()
    {
        var client = factory.CreateClient();

        var index = await client.GetAsync("/index.html");
        var fallback = await client.GetAsync("/partnerships");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/assets/index-3f2a9c1b.js");
        request.Headers.AcceptEncoding.ParseAdd("br");
        var asset = await client.SendAsync(request);
        using var gzipRequest = new HttpRequestMessage(HttpMethod.Get, "/assets/index-3f2a9c1b.css");
        gzipRequest.Headers.AcceptEncoding.ParseAdd("gzip");
        var css = await client.SendAsync(gzipRequest);
        using var apiRequest = new HttpRequestMessage(HttpMethod.Get, "/api/auth/antiforgery");
        apiRequest.Headers.AcceptEncoding.ParseAdd("br");
        var api = await client.SendAsync(apiRequest);

        index.StatusCode.ShouldBe(HttpStatusCode.OK);
        index.Headers.CacheControl!.NoCache.ShouldBeTrue();
        fallback.Headers.CacheControl!.NoCache.ShouldBeTrue();
        (await fallback.Content.ReadAsStringAsync()).ShouldContain("<div id=\"root\">");
        asset.StatusCode.ShouldBe(HttpStatusCode.OK);
        asset.Headers.CacheControl!.ToString().ShouldBe("public, max-age=31536000, immutable");
        asset.Content.Headers.ContentEncoding.ShouldBe(["br"]);
        css.Content.Headers.ContentEncoding.ShouldBe(["gzip"]);
        api.Content.Headers.ContentEncoding.ShouldBeEmpty("API answers are not compressed (BREACH)");
    }

    public sealed class Factory : SqliteApiFactory
    {
        private readonly string _root = Directory.CreateTempSubdirectory("pp-webroot-").FullName;

        public Factory()
        {
            Directory.CreateDirectory(Path.Combine(_root, "assets"));
            File.WriteAllText(Path.Combine(_root, "index.html"), "<!doctype html><html><body><div id=\"root\"></div></body></html>");
            File.WriteAllText(Path.Combine(_root, "assets", "index-3f2a9c1b.js"), string.Concat(Enumerable.Repeat("console.log('partner portal');\n", 200)));
            File.WriteAllText(Path.Combine(_root, "assets", "index-3f2a9c1b.css"), string.Concat(Enumerable.Repeat("body { margin: 0; }\n", 200)));
        }

        public override async Task DisposeAsync()
        {
            await base.DisposeAsync();
            Directory.Delete(_root, recursive: true);
        }

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.ConfigureTestServices(services =>
                services.PostConfigure<Microsoft.AspNetCore.Builder.StaticFileOptions>(o => o.FileProvider = new PhysicalFileProvider(_root)));
        }
    }
}
