using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Features.DealRegistrations;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Deal registrations (issue 9, D9): conflicts on each normalised key against other partners' registrations and leads,
/// first registered wins, the loser learns only "already protected"; the pre-check's answer says nothing about who
/// holds a customer (byte-identical shapes) and is rate limited; protection days from the level benefit or the setting;
/// one extension.
/// </summary>
public abstract partial class DealRegistrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string BackOffice = "/api/deal-registrations";
    private const string Portal = "/api/portal/deal-registrations";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Conflicts_OnEachKey_AgainstAnotherPartnersRegistration_FirstRegisteredWins_AndTheLoserIsNotToldWho()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var aName = (await admin.GetJson($"/api/accounts/{a.AccountId}"))["name"]!.GetValue<string>();
        var (name, domain, tax) = Keys();

        var first = await Register(a, name, domain, tax);
        first["partnerAccountId"]!.GetValue<string>().ShouldBe(a.AccountId);
        first["registeredById"]!.GetValue<string>().ShouldBe(a.UserId);
        first["hasConflict"]!.GetValue<bool>().ShouldBeFalse();
        first["taxId"]!.GetValue<string>().ShouldBe(tax.Replace("-", "").Replace(" ", "").ToUpperInvariant());

        // B registers the same customer by each key alone, typed differently: each is a conflict with A's earlier registration.
        var byName = await Register(b, $"  {name.ToLowerInvariant()} ", Domain(), null);
        var byDomain = await Register(b, Name(), $"WWW.{domain.ToUpperInvariant()}", null);
        var byTax = await Register(b, Name(), null, tax.Replace("-", ".").ToLowerInvariant());
        foreach (var (registration, key) in new[] { (byName, "Name"), (byDomain, "EmailDomain"), (byTax, "TaxId") })
        {
            var id = registration["id"]!.GetValue<string>();
            var raw = await (await b.Client.Get($"{Portal}/{id}")).Content.ReadAsStringAsync();
            raw.ShouldNotContain(a.AccountId, Case.Insensitive, "a partner never learns who else registered");
            raw.ShouldNotContain(aName);
            registration["conflicts"]!.AsArray().ShouldBeEmpty("conflicts are the vendor's");
            registration["alreadyProtected"]!.GetValue<bool>().ShouldBeFalse("A's registration is not approved yet");

            var seen = await admin.GetJson($"{BackOffice}/{id}");
            seen["hasConflict"]!.GetValue<bool>().ShouldBeTrue(key);
            var conflict = seen["conflicts"]!.AsArray().Single()!;
            conflict["key"]!.GetValue<string>().ShouldBe(key);
            conflict["otherKind"]!.GetValue<string>().ShouldBe("Registration");
            conflict["otherId"]!.GetValue<string>().ShouldBe(first["id"]!.GetValue<string>());
            conflict["otherPartnerName"]!.GetValue<string>().ShouldBe(aName);
            conflict["otherCompanyName"]!.GetValue<string>().ShouldBe(name);
            conflict["otherFirst"]!.GetValue<bool>().ShouldBeTrue();
        }

        // First registered wins: A's stays unflagged; the queue lists B's three as conflicts.
        (await admin.GetJson($"{BackOffice}/{first["id"]}"))["hasConflict"]!.GetValue<bool>().ShouldBeFalse();
        var flagged = (await admin.GetJson($"{BackOffice}?hasConflict=true&partnerAccountId={b.AccountId}"))["items"]!.AsArray();
        flagged.Select(r => r!["id"]!.GetValue<string>()).ShouldBe(
            [byTax["id"]!.GetValue<string>(), byDomain["id"]!.GetValue<string>(), byName["id"]!.GetValue<string>()]);

        // Once A's is approved, B is told "already protected" — and still not by whom.
        await admin.Expect(admin.Post($"{BackOffice}/{first["id"]}/approve"), HttpStatusCode.OK);
        var response = await b.Client.Post(Portal, Body(Name(), domain, null));
        var loser = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.Created, loser);
        var parsed = JsonNode.Parse(loser)!;
        parsed["alreadyProtected"]!.GetValue<bool>().ShouldBeTrue();
        parsed["conflictMessage"]!.GetValue<string>().ShouldBe(DealRegistrationReader.AlreadyProtectedMessage);
        loser.ShouldNotContain(a.AccountId, Case.Insensitive);
        loser.ShouldNotContain(aName);

        var mails = Factory.WithDb(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Topic == DealRegistrationSubmittedEmail.Topic && m.SubjectId == Guid.Parse(first["id"]!.GetValue<string>()))
            .Select(m => m.Summary).ToList());
        mails.ShouldContain(m => m.StartsWith("manager@partnerportal.local: Deal registration to review"));
        mails.ShouldContain(m => m.StartsWith($"{a.Email}: Deal registration approved"));
    }

    [SkippableFact]
    public async Task Conflicts_OnEachKey_AgainstAnotherPartnersLead()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var (name, domain, tax) = Keys();

        // A holds two leads: one it registered (company and contact address), one for a customer account with a tax id.
        await a.Client.Expect(
            a.Client.Post("/api/portal/leads", new { companyName = name, contactEmail = $"carl@{domain}", need = "Seats", budget = 10m }), HttpStatusCode.Created);
        var customer = (await admin.Expect(
            admin.Post("/api/accounts", new { name = Name(), type = "Customer", taxId = $" {tax.ToLowerInvariant()} " }), HttpStatusCode.Created));
        customer["taxId"]!.GetValue<string>().ShouldBe(tax.Replace("-", "").ToUpperInvariant());
        var lead = (await admin.Expect(
            admin.Post("/api/leads", new { customerAccountId = customer["id"]!.GetValue<string>(), need = "More seats", budget = 20m }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"/api/leads/{lead}/offer", new { partnerAccountId = a.AccountId }), HttpStatusCode.OK);
        await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/accept"), HttpStatusCode.OK);

        foreach (var (registration, key) in new[]
                 {
                     (await Register(b, name, null, null), "Name"),
                     (await Register(b, Name(), domain, null), "EmailDomain"),
                     (await Register(b, Name(), null, tax), "TaxId"),
                 })
        {
            await UnprotectingConflict(admin, registration, key, "Lead", a.AccountId);
        }

        // A's own registration of its own leads' customer conflicts only with B's (earlier) registrations, never A's own leads.
        var own = await Register(a, name, domain, tax);
        var ownConflicts = (await admin.GetJson($"{BackOffice}/{own["id"]}"))["conflicts"]!.AsArray();
        ownConflicts.Count.ShouldBe(3);
        ownConflicts.ShouldAllBe(c => c!["otherKind"]!.GetValue<string>() == "Registration" && c["otherPartnerAccountId"]!.GetValue<string>() == b.AccountId);
    }

    [SkippableFact]
    public async Task Conflicts_OnEachKey_AgainstAnotherPartnersOpenOpportunity_NotTheRegisteringPartnersOwn()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var (name, domain, tax) = Keys();
        var freeText = Name();

        // A qualifies two leads into open opportunities: one for a customer account (name, domain, tax id), one for a
        // customer given by name only.
        var customer = (await admin.Expect(
            admin.Post("/api/accounts", new { name, type = "Customer", emailDomain = domain, taxId = tax }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var passed = (await admin.Expect(admin.Post("/api/leads", new { customerAccountId = customer, need = "Seats", budget = 20m }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"/api/leads/{passed}/offer", new { partnerAccountId = a.AccountId }), HttpStatusCode.OK);
        await a.Client.Expect(a.Client.Post($"/api/portal/leads/{passed}/accept"), HttpStatusCode.OK);
        var registered = (await a.Client.Expect(
            a.Client.Post("/api/portal/leads", new { companyName = freeText, need = "Seats", budget = 10m }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var opportunities = new List<string>();
        foreach (var lead in new[] { passed, registered })
        {
            await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/status", new { status = "Working" }), HttpStatusCode.OK);
            var qualified = await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/status", new { status = "Qualified" }), HttpStatusCode.OK);
            opportunities.Add(qualified["opportunityId"]!.GetValue<string>());
        }

        foreach (var (registration, key, opportunity) in new[]
                 {
                     (await Register(b, $" {name.ToLowerInvariant()}", null, null), "Name", opportunities[0]),
                     (await Register(b, Name(), $"www.{domain}", null), "EmailDomain", opportunities[0]),
                     (await Register(b, Name(), null, tax), "TaxId", opportunities[0]),
                     (await Register(b, freeText.ToUpperInvariant(), null, null), "Name", opportunities[1]),
                 })
        {
            // The qualified lead is represented by its opportunity only.
            var conflict = await UnprotectingConflict(admin, registration, key, "Opportunity", a.AccountId);
            conflict["otherId"]!.GetValue<string>().ShouldBe(opportunity);
            conflict["otherStatus"]!.GetValue<string>().ShouldBe("Qualification");
        }

        var byAccount = (await admin.GetJson($"{BackOffice}?partnerAccountId={b.AccountId}&hasConflict=true"))["items"]!.AsArray();
        byAccount.Count.ShouldBe(4);
        var first = (await admin.GetJson($"{BackOffice}/{byAccount[^1]!["id"]}"))["conflicts"]!.AsArray().Single()!;
        first["otherCompanyName"]!.GetValue<string>().ShouldBe(name);
        first["otherEmailDomain"]!.GetValue<string>().ShouldBe(domain);
        first["otherTaxId"].ShouldNotBeNull();

        // A's own opportunities are never a conflict of A's registration (only B's earlier registrations are).
        var own = await Register(a, name, domain, tax);
        var ownConflicts = (await admin.GetJson($"{BackOffice}/{own["id"]}"))["conflicts"]!.AsArray();
        ownConflicts.ShouldNotBeEmpty();
        ownConflicts.ShouldAllBe(c => c!["otherKind"]!.GetValue<string>() == "Registration" && c["otherPartnerAccountId"]!.GetValue<string>() == b.AccountId);
    }

    [SkippableFact]
    public async Task PreCheck_AnswersTheSameShapeWhoeverHoldsTheCustomer_AndIsRateLimited()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var (name, domain, tax) = Keys();
        var held = await Register(a, name, domain, tax);
        await admin.Expect(admin.Post($"{BackOffice}/{held["id"]}/approve"), HttpStatusCode.OK);
        var leadDomain = Domain();
        await a.Client.Expect(
            a.Client.Post("/api/portal/leads", new { companyName = Name(), contactEmail = $"x@{leadDomain}", need = "Seats", budget = 10m }), HttpStatusCode.Created);
        var pendingDomain = Domain();
        await Register(a, Name(), pendingDomain, null);

        // Protected by someone else vs by me: the same bytes apart from the date.
        var bySomeoneElse = await PreCheck(b, $"domain={domain}");
        var byMe = await PreCheck(a, $"domain={domain}");
        JsonNode.Parse(bySomeoneElse)!["protected"]!.GetValue<bool>().ShouldBeTrue();
        WithoutDate(bySomeoneElse).ShouldBe(WithoutDate(byMe));
        WithoutDate(await PreCheck(b, $"name={Uri.EscapeDataString(name.ToLowerInvariant())}")).ShouldBe(WithoutDate(bySomeoneElse));
        WithoutDate(await PreCheck(b, $"taxId={Uri.EscapeDataString(tax.Replace("-", " "))}")).ShouldBe(WithoutDate(bySomeoneElse));
        bySomeoneElse.ShouldNotContain(a.AccountId, Case.Insensitive);
        WithoutDate(bySomeoneElse).ShouldBe("""{"protected":true,"protectedUntil":"<date>"}""");

        // Held by nobody vs matched only by another partner's lead (or a registration not yet approved): byte-identical.
        var nobody = await PreCheck(b, $"domain={Domain()}");
        nobody.ShouldBe("""{"protected":false,"protectedUntil":null}""");
        (await PreCheck(b, $"domain={leadDomain}")).ShouldBe(nobody);
        (await PreCheck(b, $"domain={pendingDomain}")).ShouldBe(nobody);

        (await b.Client.Get($"{Portal}/pre-check")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await b.Client.Get($"{Portal}/pre-check?domain=gmail.com")).StatusCode.ShouldBe(HttpStatusCode.UnprocessableEntity);

        // 30 a minute per user, then 429 with Retry-After; another user is not affected.
        var c = await PortalPartners.Onboard(Factory, admin);
        for (var i = 0; i < 30; i++)
        {
            await PreCheck(c, $"domain={Domain()}");
        }

        var limited = await c.Client.Get($"{Portal}/pre-check?domain={Domain()}");
        limited.StatusCode.ShouldBe(HttpStatusCode.TooManyRequests);
        limited.Headers.RetryAfter.ShouldNotBeNull();
        JsonNode.Parse(await limited.Content.ReadAsStringAsync())!["code"]!.GetValue<string>().ShouldBe("rate_limited");
        await PreCheck(b, $"domain={Domain()}");
    }

    [SkippableFact]
    public async Task Approve_ProtectsForTheLevelBenefitOrTheSetting_AndExtendsOnce()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var withBenefit = await PortalPartners.Onboard(Factory, admin, protectionDays: 30);
        var withoutBenefit = await PortalPartners.Onboard(Factory, admin);

        var before = DateTime.UtcNow;
        var shortOne = await Register(withBenefit, Name(), Domain(), null);
        var id = shortOne["id"]!.GetValue<string>();
        await Problem(withBenefit.Client.Post($"{Portal}/{id}/request-extension"), HttpStatusCode.UnprocessableEntity, "deal_registration_not_protected");
        var approved = await admin.Expect(admin.Post($"{BackOffice}/{id}/approve"), HttpStatusCode.OK);
        var after = DateTime.UtcNow;
        approved["status"]!.GetValue<string>().ShouldBe("Approved");
        var until = approved["protectedUntil"]!.GetValue<DateTime>();
        until.ShouldBeInRange(before.AddDays(30), after.AddDays(30));
        await Problem(admin.Post($"{BackOffice}/{id}/approve"), HttpStatusCode.Conflict, "deal_registration_status_invalid");
        await Problem(admin.Post($"{BackOffice}/{id}/approve-extension"), HttpStatusCode.UnprocessableEntity, "deal_extension_not_requested");

        // Extension: requested by the partner, granted by the employee (+30 days), once.
        var requested = await withBenefit.Client.Expect(withBenefit.Client.Post($"{Portal}/{id}/request-extension"), HttpStatusCode.OK);
        requested["extensionRequestedAt"].ShouldNotBeNull();
        await Problem(withBenefit.Client.Post($"{Portal}/{id}/request-extension"), HttpStatusCode.Conflict, "deal_extension_pending");
        var extended = await admin.Expect(admin.Post($"{BackOffice}/{id}/approve-extension"), HttpStatusCode.OK);
        extended["protectedUntil"]!.GetValue<DateTime>().ShouldBe(until.AddDays(30), TimeSpan.FromMilliseconds(1));
        extended["extended"]!.GetValue<bool>().ShouldBeTrue();
        await Problem(withBenefit.Client.Post($"{Portal}/{id}/request-extension"), HttpStatusCode.UnprocessableEntity, "deal_extension_used");
        await Problem(admin.Post($"{BackOffice}/{id}/approve-extension"), HttpStatusCode.UnprocessableEntity, "deal_extension_used");
        var history = (await withBenefit.Client.GetJson($"{Portal}/{id}"))["history"]!.AsArray();
        history.Select(e => e!["what"]!.GetValue<string>()).ShouldBe(["Extension approved", "Extension requested", "Approved", "Submitted"]);
        history.Where(e => !e!["byPartner"]!.GetValue<bool>()).ShouldAllBe(e => e!["by"] == null, "employees' names stay with the vendor");

        // Without the benefit: the Deals:ProtectionDays setting (90).
        var longOne = await Register(withoutBenefit, Name(), null, null);
        var approvedLong = await admin.Expect(admin.Post($"{BackOffice}/{longOne["id"]}/approve"), HttpStatusCode.OK);
        approvedLong["protectedUntil"]!.GetValue<DateTime>().ShouldBeInRange(before.AddDays(90), DateTime.UtcNow.AddDays(90));

        // Rejection needs a reason; a decided registration is not decided again.
        var rejected = await Register(withoutBenefit, Name(), null, null);
        await Problem(admin.Post($"{BackOffice}/{rejected["id"]}/reject", new { reason = "" }), HttpStatusCode.BadRequest, "validation_failed");
        var done = await admin.Expect(admin.Post($"{BackOffice}/{rejected["id"]}/reject", new { reason = "Customer is a direct account" }), HttpStatusCode.OK);
        done["status"]!.GetValue<string>().ShouldBe("Rejected");
        done["rejectReason"]!.GetValue<string>().ShouldBe("Customer is a direct account");
        await Problem(admin.Post($"{BackOffice}/{rejected["id"]}/approve"), HttpStatusCode.Conflict, "deal_registration_status_invalid");

        // The partner's list shows its own only, with the protection end; the queue's CSV export has them too.
        var mine = (await withoutBenefit.Client.GetJson(Portal))["items"]!.AsArray();
        mine.Select(r => r!["id"]!.GetValue<string>()).ShouldBe([rejected["id"]!.GetValue<string>(), longOne["id"]!.GetValue<string>()]);
        mine[1]!["protectedUntil"].ShouldNotBeNull();
        mine.ShouldAllBe(r => r!["partnerName"] == null);
        var csv = await (await admin.Get($"{BackOffice}/export?partnerAccountId={withoutBenefit.AccountId}")).Content.ReadAsStringAsync();
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length.ShouldBe(3, csv);
    }

    [SkippableFact]
    public async Task History_OnThePortal_NamesNoEmployeeAndKeepsTheConflictNoteWithTheVendor_AndTheListFiltersByStatus()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var domain = Domain();
        await Register(a, Name(), domain, null);
        var id = (await Register(b, Name(), domain, null))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"{BackOffice}/{id}/reject", new { reason = "Contoso registered it first" }), HttpStatusCode.OK);

        // The vendor reads who decided and the conflict note.
        var seen = (await admin.GetJson($"{BackOffice}/{id}"))["history"]!.AsArray();
        seen.Select(e => e!["what"]!.GetValue<string>()).ShouldBe(["Rejected", "Submitted"]);
        seen[0]!["by"].ShouldNotBeNull();
        seen[1]!["note"]!.GetValue<string>().ShouldBe(DealRegistration.ConflictNote);

        // The partner reads what, when, its own user's name and the reason — not the employee nor the conflict.
        var raw = await (await b.Client.Get($"{Portal}/{id}")).Content.ReadAsStringAsync();
        var history = JsonNode.Parse(raw)!["history"]!.AsArray();
        history.Select(e => e!["what"]!.GetValue<string>()).ShouldBe(["Rejected", "Submitted"]);
        history[0]!["by"].ShouldBeNull("employees' names stay with the vendor");
        history[0]!["note"]!.GetValue<string>().ShouldBe("Contoso registered it first");
        history[1]!["by"].ShouldNotBeNull("the partner's own user");
        history[1]!["note"].ShouldBeNull("partners never learn of conflicts");
        raw.ShouldNotContain(DealRegistration.ConflictNote);
        raw.ShouldNotContain(seen[0]!["by"]!.GetValue<string>());

        // The portal list filters by status; an unknown status is a 400.
        var other = (await Register(b, Name(), null, null))["id"]!.GetValue<string>();
        var rejected = (await b.Client.GetJson($"{Portal}?status=Rejected"))["items"]!.AsArray();
        rejected.Select(r => r!["id"]!.GetValue<string>()).ShouldBe([id]);
        var submitted = (await b.Client.GetJson($"{Portal}?status=Submitted"))["items"]!.AsArray();
        submitted.Select(r => r!["id"]!.GetValue<string>()).ShouldBe([other]);
        (await b.Client.Get($"{Portal}?status=Pending")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
    }

    [SkippableFact]
    public async Task IntegrationClients_ReadTheQueueWithSalesRead_AndDecideOnlyWithSalesWrite()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var id = (await Register(a, Name(), Domain(), null))["id"]!.GetValue<string>();
        var reader = await Bearer(admin, "sales.read");
        var writer = await Bearer(admin, "sales.write");
        var partnersOnly = await Bearer(admin, "partners.read");

        (await reader.GetAsync($"{BackOffice}?limit=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync($"{BackOffice}/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync($"{BackOffice}/{id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.PostAsync($"{BackOffice}/{id}/approve", null)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partnersOnly.GetAsync(BackOffice)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.GetAsync($"{Portal}/pre-check?domain={Domain()}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "portal endpoints take no bearer tokens");
        var approved = await writer.PostAsync($"{BackOffice}/{id}/approve", null);
        approved.StatusCode.ShouldBe(HttpStatusCode.OK, await approved.Content.ReadAsStringAsync());
    }

    private async Task<HttpClient> Bearer(ApiClient admin, string scope)
    {
        var created = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = $"CRM sync {Guid.NewGuid():N}"[..30], scopes = new[] { scope } }), HttpStatusCode.Created);
        var response = await Factory.CreateClient().PostAsync("/connect/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "client_credentials", ["client_id"] = created["client"]!["clientId"]!.GetValue<string>(),
            ["client_secret"] = created["clientSecret"]!.GetValue<string>(), ["scope"] = scope,
        }));
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Authorization = new System.Net.Http.Headers.AuthenticationHeaderValue("Bearer", JsonNode.Parse(body)!["access_token"]!.GetValue<string>());
        return client;
    }

    private static string Name() => $"Customer {Guid.NewGuid():N}";

    private static string Domain() => $"c{Guid.NewGuid():N}.example";

    private static (string Name, string Domain, string Tax) Keys() =>
        (Name(), Domain(), $"de-{Random.Shared.NextInt64(100_000_000_000, 999_999_999_999)}-x{Guid.NewGuid():N}"[..24]);

    private static object Body(string name, string? domain, string? taxId) => new
    {
        companyName = name, emailDomain = domain, taxId, productInterest = "Enterprise edition", estimatedAmount = 1234.56m, expectedCloseDate = new DateOnly(2027, 6, 30),
    };

    private static async Task<JsonNode> Register(PortalPartner partner, string name, string? domain, string? taxId) =>
        await partner.Client.Expect(partner.Client.Post(Portal, Body(name, domain, taxId)), HttpStatusCode.Created);

    /// <summary>
    /// The registration's one conflict, with another partner's lead or opportunity (which never protect): the vendor
    /// sees it on <paramref name="key"/>, the other record first; the partner is told nothing.
    /// </summary>
    private static async Task<JsonNode> UnprotectingConflict(ApiClient admin, JsonNode registration, string key, string kind, string otherAccountId)
    {
        registration["alreadyProtected"]!.GetValue<bool>().ShouldBeFalse($"a {kind} never protects");
        registration["hasConflict"]!.GetValue<bool>().ShouldBeFalse($"the partner is not told about another partner's {kind}");
        var seen = await admin.GetJson($"{BackOffice}/{registration["id"]}");
        seen["hasConflict"]!.GetValue<bool>().ShouldBeTrue(key);
        var conflict = seen["conflicts"]!.AsArray().Single()!;
        conflict["key"]!.GetValue<string>().ShouldBe(key);
        conflict["otherKind"]!.GetValue<string>().ShouldBe(kind);
        conflict["otherPartnerAccountId"]!.GetValue<string>().ShouldBe(otherAccountId);
        conflict["otherFirst"]!.GetValue<bool>().ShouldBeTrue();
        return conflict;
    }

    private static async Task<string> PreCheck(PortalPartner partner, string query)
    {
        var response = await partner.Client.Get($"{Portal}/pre-check?{query}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        return body;
    }

    private static string WithoutDate(string body) => DateValue().Replace(body, "\"<date>\"");

    [GeneratedRegex("\"\\d{4}-\\d{2}-\\d{2}T[^\"]*\"")]
    private static partial Regex DateValue();

    private static async Task Problem(Task<HttpResponseMessage> send, HttpStatusCode status, string code)
    {
        var response = await send;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe(code, body);
    }
}

public sealed class SqliteDealRegistrationTests(SqliteApiFactory factory) : DealRegistrationTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresDealRegistrationTests(PostgresApiFactory factory) : DealRegistrationTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerDealRegistrationTests(SqlServerApiFactory factory) : DealRegistrationTests<SqlServerApiFactory>(factory);
