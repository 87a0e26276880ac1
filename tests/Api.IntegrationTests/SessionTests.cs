using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Mvc.Testing;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Sessions end everywhere on sign-out, password change and reset; forgotten passwords; bearer tokens stay out of
/// session endpoints; a rotated secret ends its tokens; e-mailed links ignore the Host header; the portal does not
/// tell an organization admin which addresses have a login.
/// </summary>
public abstract class SessionTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Password = "Portal123!pass";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task SignOut_EndsACopiedCookieToo()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var user = await OnboardPortalUser();
        var session = await RawSession.SignIn(Raw(), user.Email, Password);
        var copy = session.Copy(Raw());
        await copy.Expect(copy.Get("/api/auth/me"), HttpStatusCode.OK);

        await session.Expect(session.Post("/api/auth/logout"), HttpStatusCode.NoContent);

        await copy.Expect(copy.Get("/api/auth/me"), HttpStatusCode.Unauthorized);
        await copy.Expect(copy.Get("/api/portal/program"), HttpStatusCode.Unauthorized);
        await RawSession.SignIn(Raw(), user.Email, Password);
    }

    [SkippableFact]
    public async Task PasswordChange_EndsTheOtherSessions_AndKeepsTheChangersOwn()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var user = await OnboardPortalUser();
        var changer = await RawSession.SignIn(Raw(), user.Email, Password);
        var other = await RawSession.SignIn(Raw(), user.Email, Password);
        await other.Expect(other.Get("/api/auth/me"), HttpStatusCode.OK);

        await changer.Expect(changer.Post("/api/auth/password", new { currentPassword = Password, newPassword = "Changed123!pass" }), HttpStatusCode.NoContent);

        await other.Expect(other.Get("/api/auth/me"), HttpStatusCode.Unauthorized);
        await changer.Expect(changer.Get("/api/auth/me"), HttpStatusCode.OK);
        await changer.Expect(changer.Post("/api/auth/logout"), HttpStatusCode.NoContent);
    }

    [SkippableFact]
    public async Task ForgotPassword_EmailsASingleUseLink_AndAnswersUnknownAddressesTheSame()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var user = await OnboardPortalUser();
        var signedIn = await RawSession.SignIn(Raw(), user.Email, Password);
        var anonymous = Factory.Anonymous();
        await anonymous.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        var known = await anonymous.Post("/api/auth/forgot-password", new { email = user.Email });
        var unknown = await anonymous.Post("/api/auth/forgot-password", new { email = $"nobody.{Guid.NewGuid():N}@partner.example" });

        known.StatusCode.ShouldBe(HttpStatusCode.NoContent);
        unknown.StatusCode.ShouldBe(known.StatusCode);
        (await unknown.Content.ReadAsStringAsync()).ShouldBe(await known.Content.ReadAsStringAsync());
        var message = await Factory.Mail.WaitFor(user.Email, atLeast: 2);
        message.Subject.ShouldBe("Reset your password for the PartnerPortal partner portal");
        var link = Mailbox.ResetLink(message);
        link.ShouldStartWith("/reset-password/");
        (message.HtmlBody ?? string.Empty).ShouldContain("http://localhost/reset-password/");
        var token = Uri.UnescapeDataString(link["/reset-password/".Length..link.IndexOf('?', StringComparison.Ordinal)]);
        var email = Uri.UnescapeDataString(link[(link.IndexOf("?email=", StringComparison.Ordinal) + 7)..]);
        email.ShouldBe(user.Email);

        var weak = await anonymous.Expect(
            anonymous.Post("/api/auth/reset-password", new { email, token, newPassword = "tooweakpassword" }), HttpStatusCode.BadRequest);
        await anonymous.Expect(anonymous.Post("/api/auth/reset-password", new { email, token, newPassword = "Reset123!pass" }), HttpStatusCode.NoContent);
        var again = await anonymous.Expect(
            anonymous.Post("/api/auth/reset-password", new { email, token, newPassword = "Again123!pass" }), HttpStatusCode.UnprocessableEntity);
        var wrongEmail = await anonymous.Expect(
            anonymous.Post("/api/auth/reset-password", new { email = $"nobody.{Guid.NewGuid():N}@partner.example", token, newPassword = "Again123!pass" }),
            HttpStatusCode.UnprocessableEntity);

        weak["errors"]!["newPassword"].ShouldNotBeNull();
        again["code"]!.GetValue<string>().ShouldBe("password_reset_invalid");
        wrongEmail["code"]!.GetValue<string>().ShouldBe("password_reset_invalid");
        wrongEmail["detail"]!.GetValue<string>().ShouldBe(again["detail"]!.GetValue<string>());
        await signedIn.Expect(signedIn.Get("/api/auth/me"), HttpStatusCode.Unauthorized);
        await Factory.SignedIn(user.Email, "Reset123!pass");
    }

    [SkippableFact]
    public async Task BearerToken_OnSessionEndpoints_Is403CookieSessionRequired()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var client = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = "Bearer", scopes = new[] { "partners.read" } }), HttpStatusCode.Created);
        var bearer = WithBearer(await Token(client["client"]!["clientId"]!.GetValue<string>(), client["clientSecret"]!.GetValue<string>(), "partners.read"));

        foreach (var (method, url) in new[]
                 {
                     (HttpMethod.Post, "/api/auth/logout"), (HttpMethod.Get, "/api/auth/me"), (HttpMethod.Put, "/api/auth/profile"),
                     (HttpMethod.Post, "/api/auth/password"), (HttpMethod.Get, "/api/portal/program"), (HttpMethod.Get, "/api/portal/organization/users"),
                 })
        {
            using var request = new HttpRequestMessage(method, url) { Content = method == HttpMethod.Get ? null : JsonContent.Create(new { }) };
            var response = await bearer.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.Forbidden, $"{method} {url}: {text}");
            JsonNode.Parse(text)!["code"]!.GetValue<string>().ShouldBe("cookie_session_required", $"{method} {url}");
        }

        (await bearer.GetAsync("/api/partnerships")).StatusCode.ShouldBe(HttpStatusCode.OK, "the token still works where it belongs");
    }

    [SkippableFact]
    public async Task RotatingTheSecret_EndsTheTokensIssuedWithTheOldOne()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = "Rotated", scopes = new[] { "partners.read" } }), HttpStatusCode.Created);
        var clientId = created["client"]!["clientId"]!.GetValue<string>();
        var before = WithBearer(await Token(clientId, created["clientSecret"]!.GetValue<string>(), "partners.read"));
        (await before.GetAsync("/api/partnerships")).StatusCode.ShouldBe(HttpStatusCode.OK);

        var rotated = await admin.Expect(admin.Post($"/api/integration-clients/{created["client"]!["id"]}/rotate-secret"), HttpStatusCode.OK);

        (await before.GetAsync("/api/partnerships")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
        var after = WithBearer(await Token(clientId, rotated["clientSecret"]!.GetValue<string>(), "partners.read"));
        (await after.GetAsync("/api/partnerships")).StatusCode.ShouldBe(HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task RequestForAnotherHost_IsRefused()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var session = new RawSession(Raw()) { Host = "attacker.example" };

        var response = await session.Get("/api/auth/antiforgery");

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest, "outside Development only App:PublicUrl's host is served");
    }

    // The portal must not tell an organization admin whether an address has a login elsewhere. Addresses outside the
    // partner's own e-mail domain (a vendor employee's) are refused for that reason alone, known or not; within the
    // domain, an address that is another organization's user is answered exactly like the admin's own user's address.
    [SkippableFact]
    public async Task PortalAddUsers_RevealsNothingAboutLoginsOutsideTheOrganization()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var user = await OnboardPortalUser();
        var other = await OnboardPortalUser();
        var portal = await Factory.SignedIn(user.Email, Password);

        var employee = await portal.Post("/api/portal/organization/users", new { emails = new[] { "manager@partnerportal.local" }, makeAdmins = false });
        var stranger = await portal.Post("/api/portal/organization/users", new { emails = new[] { "nobody.at.all@partnerportal.local" }, makeAdmins = false });
        var elsewhere = await portal.Post("/api/portal/organization/users", new { emails = new[] { other.Email }, makeAdmins = false });
        var own = await portal.Post("/api/portal/organization/users", new { emails = new[] { user.Email }, makeAdmins = false });

        static async Task<JsonNode> Problem(HttpResponseMessage response, HttpStatusCode status)
        {
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(status, body);
            return JsonNode.Parse(body)!;
        }

        var (e, s) = (await Problem(employee, HttpStatusCode.UnprocessableEntity), await Problem(stranger, HttpStatusCode.UnprocessableEntity));
        e["code"]!.GetValue<string>().ShouldBe("email_outside_domain");
        e["detail"]!.GetValue<string>().Replace("manager@", "X@", StringComparison.Ordinal)
            .ShouldBe(s["detail"]!.GetValue<string>().Replace("nobody.at.all@", "X@", StringComparison.Ordinal), "a login and no login read the same");
        e["detail"]!.GetValue<string>().ShouldContain("partner.example");
        var (a, b) = (await Problem(elsewhere, HttpStatusCode.Conflict), await Problem(own, HttpStatusCode.Conflict));
        a["code"]!.GetValue<string>().ShouldBe("email_not_available");
        a["code"]!.GetValue<string>().ShouldBe(b["code"]!.GetValue<string>());
        a["title"]!.GetValue<string>().ShouldBe(b["title"]!.GetValue<string>());
        a["detail"]!.GetValue<string>().Replace(other.Email, "X", StringComparison.Ordinal)
            .ShouldBe(b["detail"]!.GetValue<string>().Replace(user.Email, "X", StringComparison.Ordinal));
        a["detail"]!.GetValue<string>().ShouldNotContain("login");
    }

    // Without a domain of its own, a partner's organization admin adds no one by address: the partner manager does.
    [SkippableFact]
    public async Task PortalAddUsers_WithoutAnEmailDomain_IsLeftToThePartnerManager()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var user = await OnboardPortalUser();
        var portal = await Factory.SignedIn(user.Email, Password);
        var account = await admin.GetJson($"/api/accounts/{user.AccountId}");
        await admin.Expect(
            admin.Put($"/api/accounts/{user.AccountId}", new { name = account["name"]!.GetValue<string>(), type = "Partner", emailDomain = (string?)null }),
            HttpStatusCode.OK);

        var refused = await portal.Expect(
            portal.Post("/api/portal/organization/users", new { emails = new[] { $"new.{Guid.NewGuid():N}@partner.example" }, makeAdmins = false }),
            HttpStatusCode.UnprocessableEntity);

        refused["code"]!.GetValue<string>().ShouldBe("email_domain_not_set");
        (await portal.GetJson("/api/portal/organization/users"))["totalCount"]!.GetValue<int>().ShouldBe(1, "nothing was added");
    }

    private HttpClient Raw() => Factory.CreateClient(new WebApplicationFactoryClientOptions { HandleCookies = false });

    private HttpClient WithBearer(string token)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    private async Task<string> Token(string clientId, string secret, string scope)
    {
        var response = await Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = clientId, ["client_secret"] = secret, ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return JsonNode.Parse(body)!["access_token"]!.GetValue<string>();
    }

    /// <summary>A new partner with an active partnership and one organization-admin portal user who set <see cref="Password"/>.</summary>
    private async Task<(string Email, string OrganizationId, string AccountId)> OnboardPortalUser()
    {
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var account = (await admin.Expect(
            admin.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner", emailDomain = "partner.example" }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post("/api/partnerships", new { accountId = account, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created);
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{account}/portal-organization"), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var email = $"user.{Guid.NewGuid():N}@partner.example";
        await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = true, sendInvitations = true }),
            HttpStatusCode.OK);
        var token = Mailbox.InvitationToken(await Factory.Mail.WaitFor(email));
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        await client.Expect(client.Post($"/api/invitations/{token}/accept", new { password = Password }), HttpStatusCode.OK);
        return (email, organization, account);
    }
}

public sealed class SqliteSessionTests(SqliteApiFactory factory) : SessionTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresSessionTests(PostgresApiFactory factory) : SessionTests<PostgresApiFactory>(factory);
