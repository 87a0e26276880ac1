using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Integrators' OAuth2 client credentials, scopes and revocation; security headers.</summary>
public abstract class SecurityTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task IntegrationClient_TokenGrantsItsScopesOnly_AndRevocationStopsIt()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = "CRM sync", scopes = new[] { "partners.read" } }), HttpStatusCode.Created);
        var clientId = created["client"]!["clientId"]!.GetValue<string>();
        var secret = created["clientSecret"]!.GetValue<string>();

        var token = await Token(clientId, secret, "partners.read");
        var read = await WithBearer(token).GetAsync("/api/partnerships");
        var write = await WithBearer(token).PostAsJsonAsync("/api/accounts", new { name = "Via API", type = "Partner" });
        var noToken = await Factory.CreateClient().GetAsync("/api/partnerships");
        var wrongScope = await TokenResponse(clientId, secret, "partners.write");

        read.StatusCode.ShouldBe(HttpStatusCode.OK);
        JsonNode.Parse(await read.Content.ReadAsStringAsync())!["totalCount"]!.GetValue<int>().ShouldBeGreaterThan(0);
        write.StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        noToken.StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShouldBeRefused(Task.FromResult(wrongScope), "invalid_request", "scope");
        (await admin.GetJson("/api/integration-clients"))["items"]!.AsArray().ShouldContain(c => c!["clientId"]!.GetValue<string>() == clientId);
        (await admin.GetJson("/api/integration-clients")).ToJsonString().ShouldNotContain(secret);

        await admin.Expect(admin.Delete($"/api/integration-clients/{created["client"]!["id"]}"), HttpStatusCode.NoContent);

        (await WithBearer(token).GetAsync("/api/partnerships")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        await ShouldBeRefused(TokenResponse(clientId, secret, "partners.read"), "invalid_client");
    }

    [SkippableFact]
    public async Task RotatedSecret_ReplacesTheOldOne()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = "ERP", scopes = new[] { "program.read", "partners.write" } }), HttpStatusCode.Created);
        var clientId = created["client"]!["clientId"]!.GetValue<string>();

        var rotated = await admin.Expect(admin.Post($"/api/integration-clients/{created["client"]!["id"]}/rotate-secret"), HttpStatusCode.OK);

        await ShouldBeRefused(TokenResponse(clientId, created["clientSecret"]!.GetValue<string>(), "program.read"), "invalid_client");
        var token = await Token(clientId, rotated["clientSecret"]!.GetValue<string>(), "program.read partners.write");
        (await WithBearer(token).GetAsync("/api/partner-types")).StatusCode.ShouldBe(HttpStatusCode.OK);
        var created2 = await WithBearer(token).PostAsJsonAsync("/api/accounts", new { name = $"Via API {Guid.NewGuid():N}", type = "Partner" });
        created2.StatusCode.ShouldBe(HttpStatusCode.Created, "a bearer caller needs no antiforgery token");
    }

    // A write answers with the stored partnership; reading it back must not need partners.read as well (a handler
    // that re-sent the read query through the mediator re-ran its authorization and rolled the write back with 403).
    [SkippableFact]
    public async Task IntegrationClient_WithOnlyPartnersWrite_ChangesPartnerships()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var partner = (await admin.Expect(
            admin.Post("/api/accounts", new { name = $"Write-only {Guid.NewGuid():N}"[..20], type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = "Writer", scopes = new[] { "partners.write" } }), HttpStatusCode.Created);
        var api = WithBearer(await Token(created["client"]!["clientId"]!.GetValue<string>(), created["clientSecret"]!.GetValue<string>(), "partners.write"));

        var partnership = await Expect(
            api.PostAsJsonAsync("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created);
        var id = partnership["id"]!.GetValue<string>();
        var leads = partnership["obligations"]!.AsArray().Single(o => o!["categoryId"]!.GetValue<string>() == program.LeadsId)!["currentParameterId"]!
            .GetValue<string>();
        var updated = await Expect(
            api.PutAsJsonAsync($"/api/partnerships/{id}", new { name = "Renamed by API", partnerLevelId = program.BronzeId, startDate = "2026-01-01", dueDate = "2026-12-31" }),
            HttpStatusCode.OK);
        var scored = await Expect(api.PutAsJsonAsync($"/api/partnerships/{id}/parameters/{leads}", new { numberValue = 6, overrideReason = "Imported" }), HttpStatusCode.OK);
        var deactivated = await Expect(api.PostAsync($"/api/partnerships/{id}/deactivate", null), HttpStatusCode.OK);
        var afterDeactivate = await admin.GetJson($"/api/partnerships/{id}");
        var activated = await Expect(api.PostAsync($"/api/partnerships/{id}/activate", null), HttpStatusCode.OK);
        var stored = await admin.GetJson($"/api/partnerships/{id}");

        updated["name"]!.GetValue<string>().ShouldBe("Renamed by API");
        scored["currentScore"]!.GetValue<int>().ShouldBe(24);
        deactivated["isActive"]!.GetValue<bool>().ShouldBeFalse();
        afterDeactivate["isActive"]!.GetValue<bool>().ShouldBeFalse();
        activated["isActive"]!.GetValue<bool>().ShouldBeTrue();
        stored["name"]!.GetValue<string>().ShouldBe("Renamed by API");
        stored["dueDate"]!.GetValue<string>().ShouldBe("2026-12-31");
        stored["isActive"]!.GetValue<bool>().ShouldBeTrue();
        stored["currentScore"]!.GetValue<int>().ShouldBe(24);
        stored["obligations"]!.AsArray().Single(o => o!["currentParameterId"]!.GetValue<string>() == leads)!["currentValue"]!.GetValue<decimal>().ShouldBe(6);
        (await api.GetAsync($"/api/partnerships/{id}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "the client still cannot read");
    }

    [SkippableFact]
    public async Task IntegrationClient_WithUnknownScope_Is400()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var problem = await admin.Expect(admin.Post("/api/integration-clients", new { displayName = "X", scopes = new[] { "everything" } }), HttpStatusCode.BadRequest);

        problem["errors"]!["scopes"].ShouldNotBeNull();
    }

    [SkippableFact]
    public async Task TheBenchmarksBareEndpoint_ServesNoLeads_UnlessTheBenchmarkTurnsItOn()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = (await admin.GetJson("/api/accounts?type=Partner&search=Northwind"))["items"]![0]!["id"]!.GetValue<string>();

        var response = await Factory.Anonymous().Get($"/bench/bare/portal-leads?accountId={partner}");

        (await response.Content.ReadAsStringAsync()).ShouldNotContain("\"items\"");
    }

    [SkippableFact]
    public async Task Responses_CarrySecurityHeaders_AndTheSessionCookieIsHttpOnlyStrict()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        var login = await client.Post("/api/auth/login", new { email = "admin@partnerportal.local", password = "Admin123!demo" });

        login.Headers.GetValues("X-Content-Type-Options").ShouldBe(["nosniff"]);
        login.Headers.GetValues("Content-Security-Policy").Single().ShouldContain("frame-ancestors 'none'");
        login.Headers.GetValues("Referrer-Policy").ShouldBe(["no-referrer"]);
        var session = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("pp.auth=", StringComparison.Ordinal)).ToLowerInvariant();
        session.ShouldContain("httponly");
        session.ShouldContain("samesite=strict");
    }

    [SkippableFact]
    public async Task BadBearerToken_Is401Problem_WithInvalidTokenCode()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);

        var response = await WithBearer("not-a-token").GetAsync("/api/partnerships");

        await ShouldBeProblem(response, HttpStatusCode.Unauthorized, "invalid_token");
        response.Headers.WwwAuthenticate.ToString().ShouldContain("Bearer");
    }

    [SkippableFact]
    public async Task NoCredentials_Is401Problem_WithUnauthenticatedCode()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);

        await ShouldBeProblem(await Factory.CreateClient().GetAsync("/api/partnerships"), HttpStatusCode.Unauthorized, "unauthenticated");
    }

    [SkippableFact]
    public async Task TokenLackingTheScope_Is403Problem_WithForbiddenCode()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = "Reader", scopes = new[] { "program.read" } }), HttpStatusCode.Created);
        var token = await Token(created["client"]!["clientId"]!.GetValue<string>(), created["clientSecret"]!.GetValue<string>(), "program.read");

        var response = await WithBearer(token).PostAsJsonAsync("/api/accounts", new { name = "Via API", type = "Partner" });

        await ShouldBeProblem(response, HttpStatusCode.Forbidden, "forbidden");
    }

    [SkippableFact]
    public async Task MethodTheRouteDoesNotTake_Is405Problem_WithAllow()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var response = await admin.Put("/api/partnerships", new { name = "x" });

        await ShouldBeProblem(response, HttpStatusCode.MethodNotAllowed, "method_not_allowed");
        response.Content.Headers.Allow.ShouldBe(["GET", "POST"], ignoreOrder: true);
    }

    [SkippableFact]
    public async Task NonJsonBody_Is415Problem()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/accounts") { Content = new StringContent("name=Acme", System.Text.Encoding.UTF8, "text/plain") };

        await ShouldBeProblem(await admin.Http.SendAsync(request), HttpStatusCode.UnsupportedMediaType, "unsupported_media_type");
    }

    [SkippableFact]
    public async Task BodyOverTheLimit_Is413Problem()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var response = await admin.Post("/api/accounts", new { name = new string('x', 1024 * 1024 + 1), type = "Partner" });

        await ShouldBeProblem(response, HttpStatusCode.RequestEntityTooLarge, "payload_too_large");
    }

    [SkippableTheory]
    [InlineData("GET", "/api/no-such-thing")]
    [InlineData("DELETE", "/api/no-such-thing/42")]
    [InlineData("GET", "/api/partnerships/not-a-guid")]
    public async Task UnknownApiRoute_Is404Problem(string method, string url)
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        await ShouldBeProblem(await admin.Send(new HttpMethod(method), url, null), HttpStatusCode.NotFound, "not_found");
    }

    [SkippableFact]
    public async Task OpenIddictDiscovery_IsNotTakenByTheFallbacks()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);

        var response = await Factory.CreateClient().GetAsync("/.well-known/openid-configuration");

        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/json");
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["token_endpoint"].ShouldNotBeNull();
    }

    private static async Task ShouldBeProblem(HttpResponseMessage response, HttpStatusCode status, string code)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        response.Content.Headers.ContentType?.MediaType.ShouldBe("application/problem+json", text);
        var problem = JsonNode.Parse(text)!;
        problem["code"]!.GetValue<string>().ShouldBe(code, text);
        problem["status"]!.GetValue<int>().ShouldBe((int)status, text);
    }

    private static async Task ShouldBeRefused(Task<HttpResponseMessage> send, string error, string? about = null)
    {
        var response = await send;
        ((int)response.StatusCode).ShouldBeOneOf(400, 401);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        body["error"]!.GetValue<string>().ShouldBe(error);
        if (about is not null)
        {
            body["error_description"]!.GetValue<string>().ShouldContain(about);
        }
    }

    private static async Task<JsonNode> Expect(Task<HttpResponseMessage> send, HttpStatusCode status)
    {
        var response = await send;
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, text);
        return JsonNode.Parse(text)!;
    }

    private HttpClient WithBearer(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<HttpResponseMessage> TokenResponse(string clientId, string secret, string scope) =>
        await Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }));

    private async Task<string> Token(string clientId, string secret, string scope)
    {
        var response = await TokenResponse(clientId, secret, scope);
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }
}

public sealed class SqliteSecurityTests(SqliteApiFactory factory) : SecurityTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresSecurityTests(PostgresApiFactory factory) : SecurityTests<PostgresApiFactory>(factory);

/// <summary>Sign-in and token endpoints are rate limited per client address: 429 with Retry-After.</summary>
public sealed class RateLimitTests(RateLimitTests.Factory factory) : IClassFixture<RateLimitTests.Factory>
{
    [Fact]
    public async Task FourthSignInAttemptInAMinute_Is429WithRetryAfter()
    {
        var client = factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        for (var i = 0; i < 3; i++)
        {
            (await client.Post("/api/auth/login", new { email = "admin@partnerportal.local", password = "wrong-wrong" })).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        }

        var limited = await client.Post("/api/auth/login", new { email = "admin@partnerportal.local", password = "Admin123!demo" });

        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        int.Parse(limited.Headers.GetValues("Retry-After").Single(), System.Globalization.CultureInfo.InvariantCulture).ShouldBeGreaterThan(0);
        JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["code"]!.GetValue<string>().ShouldBe("rate_limited");
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override int SignInPerMinute => 3;
    }
}

/// <summary>Outside Development, the token endpoint refuses plain HTTP unless explicitly allowed.</summary>
public sealed class TransportSecurityTests(TransportSecurityTests.Factory factory) : IClassFixture<TransportSecurityTests.Factory>
{
    [Fact]
    public async Task TokenRequestOverHttp_IsRefused()
    {
        var response = await factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = "anyone", ["client_secret"] = "anything", ["scope"] = "partners.read",
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["error_description"]!.GetValue<string>().ShouldContain("HTTPS");
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("OpenIddict:AllowInsecureHttp", "false");
        }
    }
}
