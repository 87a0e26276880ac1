using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Leads and offers (W4, W5, issue 9): offers that are declined or expire and re-route, never to a partner who declined;
/// access that ends with the offer; routing by weight, idle time, region and capacity with its explanation stored;
/// partner registration from the scope; the status flow and the opportunity stub; keyset paging and the CSV export.
/// </summary>
public abstract class LeadTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string BackOffice = "/api/leads";
    private const string Portal = "/api/portal/leads";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Offer_Decline_Reoffer_Expiry_Reoffer_AndADecliningPartnerIsNeverOfferedAgain()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var region = Region();
        var a = await PortalPartners.Onboard(Factory, admin, region: region, routingWeight: 3);
        var b = await PortalPartners.Onboard(Factory, admin, region: region, routingWeight: 2);
        var c = await PortalPartners.Onboard(Factory, admin, region: region, routingWeight: 1);

        var created = await admin.Expect(admin.Post(BackOffice, NewLead(region, route: true)), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        OpenOfferOf(created).ShouldBe(a.AccountId, "highest routing weight first");
        var waiting = (await a.Client.GetJson($"{Portal}/offers")).AsArray();
        waiting.Select(o => o!["leadId"]!.GetValue<string>()).ShouldBe([id]);
        waiting[0]!["deadline"]!.GetValue<DateTime>().ShouldBeGreaterThan(DateTime.UtcNow.AddHours(47));
        var seenByA = await a.Client.GetJson($"{Portal}/{id}");
        seenByA["customer"]!.GetValue<string>().ShouldBe("Contoso Ltd");
        seenByA["routing"]!.AsArray().ShouldBeEmpty("routing explanations are the vendor's");
        await Problem(a.Client.Post($"{Portal}/{id}/status", new { status = "Working" }), HttpStatusCode.UnprocessableEntity, "lead_not_held");
        (await b.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "B has no offer yet");

        // A declines: A's access ends at once, and B (next by weight) gets the offer in the same transaction.
        await Problem(a.Client.Post($"{Portal}/{id}/decline", new { reason = "" }), HttpStatusCode.BadRequest, "validation_failed");
        await a.Client.Expect(a.Client.Post($"{Portal}/{id}/decline", new { reason = "Not our\nindustry" }), HttpStatusCode.NoContent);
        (await a.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Client.Post($"{Portal}/{id}/accept")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await a.Client.GetJson($"{Portal}/offers")).AsArray().ShouldBeEmpty();
        var afterDecline = await admin.GetJson($"{BackOffice}/{id}");
        OpenOfferOf(afterDecline).ShouldBe(b.AccountId);
        (await b.Client.GetJson($"{Portal}/offers")).AsArray().Select(o => o!["leadId"]!.GetValue<string>()).ShouldBe([id]);

        // B lets the offer expire: the job's service, run with the clock past the deadline, re-offers to C.
        (await RunExpiry(TimeSpan.FromHours(49))).ShouldBeGreaterThanOrEqualTo(1, "other tests' offers may expire too");
        (await b.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "B's access ended with its offer");
        (await b.Client.GetJson($"{Portal}/offers")).AsArray().ShouldBeEmpty();
        var afterExpiry = await admin.GetJson($"{BackOffice}/{id}");
        OpenOfferOf(afterExpiry).ShouldBe(c.AccountId);
        afterExpiry["offers"]!.AsArray().Select(o => $"{o!["partnerAccountId"]}:{o["state"]}")
            .ShouldBe([$"{a.AccountId}:Declined", $"{b.AccountId}:Expired", $"{c.AccountId}:Open"]);
        afterExpiry["offers"]![0]!["reason"]!.GetValue<string>().ShouldBe("Not our\nindustry");

        // The employee takes C's offer back; C loses access. A (declined) and B (expired) are never offered it again,
        // neither by hand nor by routing, which picks C again.
        await admin.Expect(admin.Post($"{BackOffice}/{id}/withdraw", new { reason = "Customer called" }), HttpStatusCode.OK);
        (await c.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        await Problem(admin.Post($"{BackOffice}/{id}/offer", new { partnerAccountId = a.AccountId }), HttpStatusCode.UnprocessableEntity, "lead_partner_excluded");
        await Problem(admin.Post($"{BackOffice}/{id}/offer", new { partnerAccountId = b.AccountId }), HttpStatusCode.UnprocessableEntity, "lead_partner_excluded");
        var rerouted = await admin.Expect(admin.Post($"{BackOffice}/{id}/route"), HttpStatusCode.OK);
        OpenOfferOf(rerouted).ShouldBe(c.AccountId);
        var why = rerouted["routing"]![0]!;
        why["chosenAccountId"]!.GetValue<string>().ShouldBe(c.AccountId);
        var excluded = why["candidates"]!.AsArray().ToDictionary(x => x!["accountId"]!.GetValue<string>(), x => x!["excludedBecause"]?.GetValue<string>());
        excluded[a.AccountId].ShouldBe("declined this lead");
        excluded[b.AccountId].ShouldBe("let an offer of this lead expire");
        excluded[c.AccountId].ShouldBeNull();
        rerouted["routing"]!.AsArray().Select(r => r!["trigger"]!.GetValue<string>()).ShouldBe(["Routed by an employee", "Offer expired", "Offer declined", "Created"], ignoreOrder: true); // the expiry ran on a clock 49 h ahead

        // C accepts: C holds the lead (Partner sale, owner = the user accepting) and works it.
        var accepted = await c.Client.Expect(c.Client.Post($"{Portal}/{id}/accept"), HttpStatusCode.OK);
        accepted["partnerAccountId"]!.GetValue<string>().ShouldBe(c.AccountId);
        accepted["ownerId"]!.GetValue<string>().ShouldBe(c.UserId);
        accepted["salesChannel"]!.GetValue<string>().ShouldBe("PartnerSale");
        accepted["offers"]!.AsArray().Select(o => o!["partnerAccountId"]!.GetValue<string>()).Distinct().ShouldBe([c.AccountId], "a partner sees only its own offers");
        accepted["history"]!.AsArray().ShouldAllBe(e => e!["note"] == null || !e["note"]!.GetValue<string>().Contains("industry"), "never another partner's answer");
        (await c.Client.GetJson(Portal))["items"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).ShouldContain(id);
        await RunExpiry(TimeSpan.FromHours(200));
        (await c.Client.GetJson($"{Portal}/{id}"))["offers"]!.AsArray().Select(o => o!["state"]!.GetValue<string>())
            .ShouldBe(["Withdrawn", "Accepted"], ignoreOrder: true, "an accepted offer never expires");

        var mails = Emails(id);
        mails.ShouldContain(m => m.StartsWith($"{a.Email}: A lead for you"));
        mails.ShouldContain(m => m.StartsWith($"{b.Email}: A lead for you"));
        mails.Count(m => m.StartsWith($"{c.Email}: A lead for you")).ShouldBe(2);
        mails.ShouldContain(m => m.StartsWith("admin@partnerportal.local: Lead declined by"));
        mails.ShouldContain(m => m.StartsWith("admin@partnerportal.local: Lead offer expired"));
        mails.ShouldContain(m => m.StartsWith("admin@partnerportal.local: Lead accepted by"));
    }

    [SkippableFact]
    public async Task Routing_PicksByWeightThenLongestIdle_RespectsRegionAndCapacity_AndStoresWhy()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var region = Region();
        var heavy = await PortalPartners.Onboard(Factory, admin, region: region, routingWeight: 2, offerCapacity: 1);
        var busy = await PortalPartners.Onboard(Factory, admin, region: region);
        var idle = await PortalPartners.Onboard(Factory, admin, region: region);
        var elsewhere = await PortalPartners.Onboard(Factory, admin, region: Region(), routingWeight: 10);
        (await admin.GetJson($"/api/accounts/{heavy.AccountId}"))["region"]!.GetValue<string>().ShouldBe(region);

        // "busy" was offered a lead a moment ago (then withdrawn), "idle" never: equal weights go to the longest idle.
        var earlier = (await admin.Expect(admin.Post(BackOffice, NewLead(region)), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"{BackOffice}/{earlier}/offer", new { partnerAccountId = busy.AccountId }), HttpStatusCode.OK);
        await admin.Expect(admin.Post($"{BackOffice}/{earlier}/withdraw", new { }), HttpStatusCode.OK);

        var first = await admin.Expect(admin.Post(BackOffice, NewLead(region, route: true)), HttpStatusCode.Created);
        OpenOfferOf(first).ShouldBe(heavy.AccountId, "weight 2 beats weight 1");
        var second = await admin.Expect(admin.Post(BackOffice, NewLead(region, route: true)), HttpStatusCode.Created);
        OpenOfferOf(second).ShouldBe(idle.AccountId, "heavy is at its capacity of 1; idle was idle longer than busy");

        var why = second["routing"]!.AsArray().Single()!;
        why["reason"]!.GetValue<string>().ShouldContain("idle longest");
        var candidates = why["candidates"]!.AsArray().ToDictionary(x => x!["accountId"]!.GetValue<string>(), x => x!);
        candidates.Keys.ShouldBe([heavy.AccountId, busy.AccountId, idle.AccountId], ignoreOrder: true, "only the lead's region is considered");
        candidates.ShouldNotContainKey(elsewhere.AccountId);
        candidates[heavy.AccountId]["excludedBecause"]!.GetValue<string>().ShouldBe("at capacity (1 of 1 open offers)");
        candidates[heavy.AccountId]["weight"]!.GetValue<decimal>().ShouldBe(2m);
        candidates[idle.AccountId]["rank"]!.GetValue<int>().ShouldBe(1);
        candidates[idle.AccountId]["lastOfferedAt"].ShouldBeNull();
        candidates[busy.AccountId]["rank"]!.GetValue<int>().ShouldBe(2);
        candidates[busy.AccountId]["weight"]!.GetValue<decimal>().ShouldBe(1m);
        candidates[busy.AccountId]["capacity"]!.GetValue<int>().ShouldBe(5, "the default capacity setting");

        // A lead without region may go to any region: the weight-10 partner elsewhere wins.
        var anywhere = await admin.Expect(admin.Post(BackOffice, NewLead(null, route: true)), HttpStatusCode.Created);
        var chosen = OpenOfferOf(anywhere);
        chosen.ShouldNotBeNull();
        var weights = anywhere["routing"]![0]!["candidates"]!.AsArray().Where(x => x!["rank"] is not null).Select(x => x!["weight"]!.GetValue<decimal>()).ToList();
        weights.Max().ShouldBeGreaterThanOrEqualTo(10m);
    }

    [SkippableFact]
    public async Task PartnerRegisteredLead_TakesPartnerAndOwnerFromTheScope_StatusFlowIsEnforced_QualifyCreatesTheStub()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);

        var registered = await a.Client.Expect(
            a.Client.Post(Portal, new
            {
                companyName = "Fabrikam", contactName = "Fay", contactEmail = "fay@fabrikam.example", need = "50 licences", budget = 12500.50m, source = "Trade fair",
                region = "EMEA", accountId = b.AccountId, partnerAccountId = b.AccountId, ownerId = b.UserId, salesChannel = "Direct",
            }),
            HttpStatusCode.Created);
        var id = registered["id"]!.GetValue<string>();
        registered["partnerAccountId"]!.GetValue<string>().ShouldBe(a.AccountId);
        registered["ownerId"]!.GetValue<string>().ShouldBe(a.UserId);
        registered["salesChannel"]!.GetValue<string>().ShouldBe("PartnerSale");
        registered["status"]!.GetValue<string>().ShouldBe("New");
        registered["budgetMinor"]!.GetValue<long>().ShouldBe(1250050);
        registered["createdByPartner"]!.GetValue<bool>().ShouldBeTrue();
        (await b.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Client.GetJson(Portal))["items"]!.AsArray().ShouldNotContain(l => l!["id"]!.GetValue<string>() == id);
        (await admin.GetJson($"{BackOffice}/{id}"))["partnerName"]!.GetValue<string>().ShouldStartWith("Partner ");

        await Problem(a.Client.Post($"{Portal}/{id}/status", new { status = "Qualified" }), HttpStatusCode.UnprocessableEntity, "lead_status_invalid");
        await a.Client.Expect(a.Client.Post($"{Portal}/{id}/status", new { status = "Working" }), HttpStatusCode.OK);
        await Problem(a.Client.Post($"{Portal}/{id}/status", new { status = "New" }), HttpStatusCode.UnprocessableEntity, "lead_status_invalid");
        await Problem(a.Client.Post($"{Portal}/{id}/status", new { status = "Disqualified" }), HttpStatusCode.UnprocessableEntity, "required");
        (await b.Client.Post($"{Portal}/{id}/status", new { status = "Qualified" })).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var qualified = await a.Client.Expect(a.Client.Post($"{Portal}/{id}/status", new { status = "Qualified" }), HttpStatusCode.OK);
        await Problem(a.Client.Post($"{Portal}/{id}/status", new { status = "Disqualified", reason = "Too late" }), HttpStatusCode.UnprocessableEntity, "lead_status_invalid");

        qualified["status"]!.GetValue<string>().ShouldBe("Qualified");
        var opportunityId = Guid.Parse(qualified["opportunityId"]!.GetValue<string>());
        var stub = Factory.WithDb(db => db.Opportunities.AsNoTracking().Single(o => o.Id == opportunityId));
        stub.LeadId.ShouldBe(Guid.Parse(id));
        stub.AccountId.ShouldBe(Guid.Parse(a.AccountId));
        stub.AmountMinor.ShouldBe(1250050);
        stub.Customer.ShouldBe("Fabrikam");
        stub.Stage.ShouldBe(PartnerPortal.Domain.Opportunities.OpportunityStage.Qualification);
        stub.Name.ShouldBe("Fabrikam");
        qualified["history"]!.AsArray().Select(e => e!["what"]!.GetValue<string>()).ShouldBe(["Status Working → Qualified", "Status New → Working", "Registered by the partner"]);
    }

    [SkippableFact]
    public async Task OwnerCandidates_AreThePartnersActivePortalUsers_AndPassingTakesOneOfThemAsOwner()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var colleague = await PortalPartners.AddColleague(Factory, a);
        var gone = await PortalPartners.AddColleague(Factory, a);
        await a.Client.Expect(a.Client.Post($"/api/portal/organization/users/{gone.UserId}/deactivate"), HttpStatusCode.OK);

        var candidates = (await manager.GetJson($"{BackOffice}/owner-candidates?accountId={a.AccountId}")).AsArray();
        candidates.Select(c => c!["email"]!.GetValue<string>()).ShouldBe([a.Email, colleague.Email], ignoreOrder: true, "active users of A only");
        candidates.ShouldAllBe(c => !string.IsNullOrEmpty(c!["name"]!.GetValue<string>()) && c["id"] != null);
        await Problem(manager.Get($"{BackOffice}/owner-candidates?accountId={Guid.Empty}"), HttpStatusCode.BadRequest, "validation_failed");
        (await manager.Get($"{BackOffice}/owner-candidates")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await a.Client.Get($"{BackOffice}/owner-candidates?accountId={a.AccountId}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // Passing with an owner: one of the candidates only; on acceptance the lead is theirs.
        var id = (await admin.Expect(admin.Post(BackOffice, NewLead(null)), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await Problem(admin.Post($"{BackOffice}/{id}/offer", new { partnerAccountId = a.AccountId, ownerId = gone.UserId }), HttpStatusCode.UnprocessableEntity, "lead_owner_invalid");
        await Problem(admin.Post($"{BackOffice}/{id}/offer", new { partnerAccountId = a.AccountId, ownerId = b.UserId }), HttpStatusCode.UnprocessableEntity, "lead_owner_invalid");
        await admin.Expect(admin.Post($"{BackOffice}/{id}/offer", new { partnerAccountId = a.AccountId, ownerId = colleague.UserId }), HttpStatusCode.OK);
        var accepted = await a.Client.Expect(a.Client.Post($"{Portal}/{id}/accept"), HttpStatusCode.OK);
        accepted["ownerId"]!.GetValue<string>().ShouldBe(colleague.UserId);
    }

    [SkippableFact]
    public async Task Employees_WorkTheLeadsTheVendorWorks_QualifyingCreatesTheStub_AndAPartnersLeadIsRefused()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var finance = await Factory.SignedIn("finance@partnerportal.local", "Finance123!demo");
        var a = await PortalPartners.Onboard(Factory, admin);

        // The vendor's own lead: the domain's flow, then qualifying creates the opportunity stub (no partner).
        var id = (await admin.Expect(admin.Post(BackOffice, NewLead(null)), HttpStatusCode.Created))["id"]!.GetValue<string>();
        (await finance.Post($"{BackOffice}/{id}/status", new { status = "Working" })).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "partners.write only");
        await Problem(manager.Post($"{BackOffice}/{id}/status", new { status = "Qualified" }), HttpStatusCode.UnprocessableEntity, "lead_status_invalid");
        await Problem(manager.Post($"{BackOffice}/{id}/status", new { status = "Sold" }), HttpStatusCode.BadRequest, "malformed_request");
        await manager.Expect(manager.Post($"{BackOffice}/{id}/status", new { status = "Working" }), HttpStatusCode.OK);
        await Problem(manager.Post($"{BackOffice}/{id}/status", new { status = "Disqualified" }), HttpStatusCode.UnprocessableEntity, "required");
        var qualified = await manager.Expect(manager.Post($"{BackOffice}/{id}/status", new { status = "Qualified" }), HttpStatusCode.OK);
        qualified["status"]!.GetValue<string>().ShouldBe("Qualified");
        var opportunityId = Guid.Parse(qualified["opportunityId"]!.GetValue<string>());
        var stub = Factory.WithDb(db => db.Opportunities.AsNoTracking().Single(o => o.Id == opportunityId));
        stub.LeadId.ShouldBe(Guid.Parse(id));
        stub.AccountId.ShouldBeNull("the vendor works it");
        stub.AmountMinor.ShouldBe(500000);
        var history = qualified["history"]!.AsArray();
        history.Select(e => e!["what"]!.GetValue<string>()).Take(2).ShouldBe(["Status Working → Qualified", "Status New → Working"]);
        history[0]!["byPartner"]!.GetValue<bool>().ShouldBeFalse();
        await Problem(manager.Post($"{BackOffice}/{id}/status", new { status = "Disqualified", reason = "Too late" }), HttpStatusCode.UnprocessableEntity, "lead_status_invalid");

        // Offered to a partner, then held by it: the partner works it.
        var passed = (await admin.Expect(admin.Post(BackOffice, NewLead(null)), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"{BackOffice}/{passed}/offer", new { partnerAccountId = a.AccountId }), HttpStatusCode.OK);
        await Problem(manager.Post($"{BackOffice}/{passed}/status", new { status = "Working" }), HttpStatusCode.UnprocessableEntity, "lead_worked_by_partner");
        await a.Client.Expect(a.Client.Post($"{Portal}/{passed}/accept"), HttpStatusCode.OK);
        await Problem(manager.Post($"{BackOffice}/{passed}/status", new { status = "Disqualified", reason = "Duplicate" }), HttpStatusCode.UnprocessableEntity, "lead_worked_by_partner");
        (await admin.GetJson($"{BackOffice}/{passed}"))["status"]!.GetValue<string>().ShouldBe("New");
        await Problem(manager.Post($"{BackOffice}/{Guid.NewGuid()}/status", new { status = "Working" }), HttpStatusCode.NotFound, "not_found");
    }

    [SkippableFact]
    public async Task KeysetPaging_ReturnsEveryRowExactlyOnce_AndTheCsvExportEqualsTheFilteredList()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var source = $"src-{Guid.NewGuid():N}"[..20];
        var budgets = new[] { 100m, 300m, 300m, 200m, 300m, 50m, 100m };
        var ids = new List<string>();
        foreach (var budget in budgets)
        {
            ids.Add((await manager.Expect(manager.Post(BackOffice, NewLead(null) with { Source = source, Budget = budget }), HttpStatusCode.Created))["id"]!.GetValue<string>());
        }

        await manager.Expect(manager.Post(BackOffice, NewLead(null) with { Source = "other" }), HttpStatusCode.Created);

        foreach (var sort in new[] { "budget", "-budget", "createdAt", "-createdAt", "-updatedAt" })
        {
            var seen = new List<JsonNode>();
            string? cursor = null;
            var pages = 0;
            do
            {
                var page = await manager.GetJson($"{BackOffice}?source={source}&sort={sort}&limit=3{(cursor is null ? string.Empty : $"&cursor={cursor}")}");
                seen.AddRange(page["items"]!.AsArray().Select(i => i!));
                cursor = page["nextCursor"]?.GetValue<string>();
                pages++;
            }
            while (cursor is not null && pages < 10);

            var seenIds = seen.Select(i => i["id"]!.GetValue<string>()).ToList();
            seenIds.ShouldBe(seenIds.Distinct().ToList(), $"{sort}: no row twice");
            seenIds.ShouldBe(ids, ignoreOrder: true, $"{sort}: every row");
            pages.ShouldBe(3, sort);
            var all = (await manager.GetJson($"{BackOffice}?source={source}&sort={sort}&limit=200"))["items"]!.AsArray().Select(i => i!["id"]!.GetValue<string>()).ToList();
            seenIds.ShouldBe(all, $"{sort}: pages in the list's order");
            if (sort.EndsWith("budget", StringComparison.Ordinal))
            {
                var values = seen.Select(i => i["budgetMinor"]!.GetValue<long>()).ToList();
                values.ShouldBe(sort.StartsWith('-') ? values.OrderDescending().ToList() : values.Order().ToList());
            }

            var csv = Csv.Parse(await (await manager.Get($"{BackOffice}/export?source={source}&sort={sort}")).Content.ReadAsStringAsync());
            csv[0][0].ShouldBe("Created");
            csv[0][^1].ShouldBe("Id");
            csv.Skip(1).Select(r => r[^1]).ShouldBe(all, $"{sort}: the export is the list");
        }

        await Problem(manager.Get($"{BackOffice}?cursor=not-a-cursor"), HttpStatusCode.BadRequest, "cursor_invalid");
        // The filter ignores case and surrounding spaces (it compares the stored key, through its index).
        (await manager.GetJson($"{BackOffice}?source=%20{source.ToUpperInvariant()}%20&limit=200"))["items"]!.AsArray().Count.ShouldBe(ids.Count);
        var firstPage = await manager.GetJson($"{BackOffice}?source={source}&sort=budget&limit=3");
        await Problem(manager.Get($"{BackOffice}?source={source}&sort=createdAt&cursor={firstPage["nextCursor"]}"), HttpStatusCode.BadRequest, "cursor_invalid");
        await Problem(manager.Get($"{BackOffice}?limit=0"), HttpStatusCode.BadRequest, "validation_failed");
        await Problem(manager.Post(BackOffice, NewLead(null) with { Need = "bad\u0001need" }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [SkippableFact]
    public async Task Lead_ForCustomerRecords_ShowsTheCustomerToTheHolder_AndRefusesAPartnerAccountAsCustomer()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var customer = (await admin.Expect(
            admin.Post("/api/accounts", new { name = $"Customer {Guid.NewGuid():N}", type = "Customer", emailDomain = "customer.example", region = "EMEA" }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        await Problem(admin.Post(BackOffice, NewLead(null) with { CustomerAccountId = a.AccountId }), HttpStatusCode.UnprocessableEntity, "lead_customer_invalid");

        var lead = await admin.Expect(admin.Post(BackOffice, NewLead(null) with { CustomerAccountId = customer, CompanyName = null }), HttpStatusCode.Created);
        var id = lead["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"{BackOffice}/{id}/offer", new { partnerAccountId = a.AccountId, ownerId = a.UserId }), HttpStatusCode.OK);
        var seen = await a.Client.GetJson($"{Portal}/{id}");
        seen["customerAccountName"]!.GetValue<string>().ShouldStartWith("Customer ");
        seen["customerEmailDomain"]!.GetValue<string>().ShouldBe("customer.example");
        (await a.Client.Get($"/api/portal/partnerships/{customer}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var accepted = await a.Client.Expect(a.Client.Post($"{Portal}/{id}/accept"), HttpStatusCode.OK);
        accepted["ownerId"]!.GetValue<string>().ShouldBe(a.UserId);
        var mine = (await a.Client.GetJson(Portal))["items"]!.AsArray().Single(l => l!["id"]!.GetValue<string>() == id)!;
        mine["customerAccountName"]!.GetValue<string>().ShouldStartWith("Customer "); // the list keeps the row and its customer although accounts are filtered
    }

    [SkippableFact]
    public async Task IntegrationClients_ReadLeadsWithSalesRead_AndCreateThemOnlyWithSalesWrite()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var reader = await Bearer(admin, "sales.read");
        var writer = await Bearer(admin, "sales.write");
        var partnersOnly = await Bearer(admin, "partners.read");

        var created = await writer.PostAsync(BackOffice, System.Net.Http.Json.JsonContent.Create(NewLead(null)));
        created.StatusCode.ShouldBe(HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        (await reader.GetAsync($"{BackOffice}?limit=5")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.GetAsync($"{BackOffice}/export")).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await reader.PostAsync(BackOffice, System.Net.Http.Json.JsonContent.Create(NewLead(null)))).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await partnersOnly.GetAsync(BackOffice)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await reader.GetAsync(Portal)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, "portal endpoints take no bearer tokens");
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

    private static string Region() => $"R-{Guid.NewGuid():N}"[..12];

    private static LeadBody NewLead(string? region, bool route = false) =>
        new(null, null, "Contoso Ltd", "Carl", "carl@contoso.example", "Needs 20 seats", 5000m, "Web", region, route);

    private static string? OpenOfferOf(JsonNode lead) =>
        lead["offers"]!.AsArray().SingleOrDefault(o => o!["state"]!.GetValue<string>() == "Open")?["partnerAccountId"]!.GetValue<string>();

    private static async Task Problem(Task<HttpResponseMessage> send, HttpStatusCode status, string code)
    {
        var response = await send;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe(code, body);
    }

    /// <summary>Runs the expiry job's service directly with the clock moved <paramref name="ahead"/>.</summary>
    private Task<int> RunExpiry(TimeSpan ahead) => RunJob(ahead, expiry => expiry.ExpireDueAsync(CancellationToken.None));

    /// <summary>Runs the job's reminder step directly with the clock moved <paramref name="ahead"/>.</summary>
    private Task<int> RunReminders(TimeSpan ahead) => RunJob(ahead, expiry => expiry.RemindDueAsync(CancellationToken.None));

    private async Task<int> RunJob(TimeSpan ahead, Func<LeadOfferExpiry, Task<int>> step)
    {
        using var scope = Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<ApplicationDbContext>();
        return await step(new LeadOfferExpiry(
            db, services.GetRequiredService<LeadRouter>(), new ShiftedClock(ahead), services.GetRequiredService<IOptions<LeadOptions>>()));
    }

    private List<string> Emails(string leadId) =>
        Factory.WithDb(db => db.OutboxMessages.AsNoTracking()
            .Where(m => m.Topic == LeadOfferNotices.Topic && m.SubjectId == Guid.Parse(leadId))
            .Select(m => m.Summary).ToList());

    private sealed record LeadBody(
        string? CustomerAccountId, string? ContactId, string? CompanyName, string? ContactName, string? ContactEmail, string Need, decimal Budget, string? Source,
        string? Region, bool Route);
}

/// <summary>The system clock moved by a fixed offset: what a test needs to reach a deadline without waiting.</summary>
public sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}

public sealed class SqliteLeadTests(SqliteApiFactory factory) : LeadTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresLeadTests(PostgresApiFactory factory) : LeadTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerLeadTests(SqlServerApiFactory factory) : LeadTests<SqlServerApiFactory>(factory);
