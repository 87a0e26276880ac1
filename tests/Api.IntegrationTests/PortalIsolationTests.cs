using System.Net;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Partner isolation, the first security property, checked on EVERY portal endpoint the API maps: partner B asks for
/// partner A's records by id on each route that takes one (404, and A's records unchanged), and B's lists and pages
/// carry nothing of A's. A portal route this test does not know fails it, so a new endpoint cannot ship untested.
/// </summary>
public abstract class PortalIsolationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task EveryPortalEndpoint_KeepsPartnerBAwayFromPartnerAsRecords()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin, fundBalance: 500m);
        var b = await PortalPartners.Onboard(Factory, admin, fundBalance: 100m);
        var proposal = new
        {
            name = "A's webinar", type = "PartnerActivity", startDate = new DateOnly(2027, 3, 1), dueDate = new DateOnly(2027, 3, 31),
            description = "Only A may see this", proposedBudget = 100m, fundId = a.FundId,
        };
        var activity = (await a.Client.Expect(a.Client.Post("/api/portal/marketing-activities", proposal), HttpStatusCode.Created))["id"]!.GetValue<string>();

        // A lead A registered (A holds it), and a lead the vendor offered to A (A's open offer).
        var heldLead = (await a.Client.Expect(
            a.Client.Post("/api/portal/leads", new { companyName = "A's customer", need = "Only A may see this", budget = 10m }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var offeredLead = (await admin.Expect(
            admin.Post("/api/leads", new { companyName = "Offered to A", need = "Only A may see this offer", budget = 20m }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"/api/leads/{offeredLead}/offer", new { partnerAccountId = a.AccountId }), HttpStatusCode.OK);

        // A deal registration of A's, approved (so an extension could be requested).
        var deal = (await a.Client.Expect(
            a.Client.Post("/api/portal/deal-registrations", new
            {
                companyName = $"A's registered deal {Guid.NewGuid():N}", emailDomain = $"{Guid.NewGuid():N}.example", productInterest = "Only A may see this deal",
                estimatedAmount = 30m, expectedCloseDate = new DateOnly(2027, 6, 30),
            }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"/api/deal-registrations/{deal}/approve"), HttpStatusCode.OK);

        // An opportunity of A's (the approved registration made another).
        var opportunity = (await admin.Expect(
            admin.Post("/api/opportunities", new { name = "A's opportunity", customer = "A's customer", amount = 40m, partnerAccountId = a.AccountId, ownerId = a.UserId }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();

        // A draft order of A's with one line.
        var product = (await admin.Expect(
            admin.Post("/api/products", new { code = $"I{Guid.NewGuid():N}"[..12].ToUpperInvariant(), name = "A's product", unit = "pcs", basePrice = 10m }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var aOrder = await a.Client.Expect(a.Client.Post("/api/portal/orders"), HttpStatusCode.Created);
        var order = aOrder["id"]!.GetValue<string>();
        var orderLine = (await a.Client.Expect(a.Client.Post($"/api/portal/orders/{order}/lines", new { productId = product, quantity = 1 }), HttpStatusCode.OK))
            ["lines"]!.AsArray().Single()!["id"]!.GetValue<string>();

        // A training and a certificate of a contact of A's.
        var aContact = (await admin.Expect(
            admin.Post($"/api/accounts/{a.AccountId}/contacts", new { name = "A's trained expert", email = $"{Guid.NewGuid():N}@partner.example" }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var training = (await admin.Expect(
            admin.Post("/api/trainings", new { accountId = a.AccountId, contactId = aContact, course = "A's secret course", date = new DateOnly(2027, 2, 1), payment = "Paid" }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var certificate = (await admin.Expect(
            admin.Post("/api/certificates", new { accountId = a.AccountId, contactId = aContact, name = "A's certificate", issuedOn = new DateOnly(2027, 2, 2) }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();

        // A's notifications (the offer, the fund credit): B reaches none of them, by id or in its lists.
        var aNotification = (await a.Client.GetJson("/api/notifications"))["items"]!.AsArray().First()!["id"]!.GetValue<string>();
        var aUnread = (await a.Client.GetJson("/api/notifications/summary"))["unread"]!.GetValue<int>();
        aUnread.ShouldBeGreaterThanOrEqualTo(2);

        // A's tier decision: its registered lead counts (the engine, asked now rather than waiting for the outbox).
        await admin.Expect(admin.Post($"/api/partnerships/{a.PartnershipId}/evaluate"), HttpStatusCode.OK);
        var aDecision = (await a.Client.GetJson("/api/portal/program/decisions"))["items"]!.AsArray().First()!["id"]!.GetValue<string>();

        // Each route taking an id: A's record it names, and a body that passes validation (so only isolation can refuse it).
        var byId = new Dictionary<string, (string Id, object? Body)>
        {
            ["/api/portal/partnerships/{id:guid}"] = (a.PartnershipId, null),
            ["/api/portal/funds/{id:guid}/operations"] = (a.FundId, null),
            ["/api/portal/organization/users/{id:guid}/invite"] = (a.UserId, null),
            ["/api/portal/organization/users/{id:guid}/deactivate"] = (a.UserId, null),
            ["/api/portal/organization/users/{id:guid}/activate"] = (a.UserId, null),
            ["/api/portal/organization/users/{id:guid}/admin"] = (a.UserId, new { isOrganizationAdmin = false }),
            ["/api/portal/marketing-activities/{id:guid}"] = (activity, proposal with { }),
            ["/api/portal/marketing-activities/{id:guid}/submit"] = (activity, null),
            ["/api/portal/marketing-activities/{id:guid}/cancel"] = (activity, null),
            ["/api/portal/leads/{id:guid}"] = (heldLead, null),
            ["/api/portal/leads/{id:guid}/status"] = (heldLead, new { status = "Working" }),
            ["/api/portal/leads/{id:guid}/accept"] = (offeredLead, null),
            ["/api/portal/leads/{id:guid}/decline"] = (offeredLead, new { reason = "B tries to decline A's offer" }),
            ["/api/portal/deal-registrations/{id:guid}"] = (deal, null),
            ["/api/portal/deal-registrations/{id:guid}/request-extension"] = (deal, null),
            ["/api/portal/opportunities/{id:guid}"] = (opportunity, new { stage = "ClosedWon", amount = 40m, nextStep = "B tries to win A's deal" }),
            ["/api/portal/orders/{id:guid}"] = (order, null),
            ["/api/portal/orders/{id:guid}/lines"] = (order, new { productId = product, quantity = 5 }),
            ["/api/portal/orders/{id:guid}/lines/{lineId:guid}"] = (order, new { quantity = 5 }),
            ["/api/portal/orders/{id:guid}/submit"] = (order, null),
            ["/api/portal/orders/{id:guid}/cancel"] = (order, null),
            ["/api/notifications/{id:guid}/read"] = (aNotification, null),
        };

        // Routes without an id read or create within the caller's own partner only.
        var collections = new[]
        {
            "/api/portal/program", "/api/portal/program/history", "/api/portal/program/decisions", "/api/portal/funds", "/api/portal/organization/users",
            "/api/portal/marketing-activities", "/api/portal/leads", "/api/portal/leads/offers",
            "/api/portal/deal-registrations", "/api/portal/deal-registrations/pre-check", "/api/portal/opportunities",
            "/api/portal/opportunities/pipeline", "/api/portal/opportunities/export",
            "/api/portal/orders", "/api/portal/products", "/api/portal/trainings", "/api/portal/certificates", "/api/portal/products/price", "/api/notifications", "/api/notifications/summary", "/api/notifications/read-all",
        };
        var aMarks = new[]
        {
            a.AccountId, a.PartnershipId, a.OrganizationId, a.UserId, a.FundId, activity, a.Email, "A's webinar", heldLead, offeredLead, "A's customer", "Offered to A",
            deal, "A's registered deal", "Only A may see this deal", aNotification, opportunity, "A's opportunity", order, aOrder["number"]!.GetValue<string>(),
            aDecision, aContact, "A's trained expert", training, "A's secret course", certificate, "A's certificate",
        };

        var routes = Factory.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && (raw.StartsWith("/api/portal/", StringComparison.Ordinal) || raw.StartsWith("/api/notifications", StringComparison.Ordinal)))
            .SelectMany(e => (e.Metadata.GetMetadata<HttpMethodMetadata>()?.HttpMethods ?? []).Select(m => (Method: m, Route: e.RoutePattern.RawText!.TrimEnd('/'))))
            .ToList();
        routes.Count.ShouldBeGreaterThan(15);
        var checkedRoutes = new List<string>();
        foreach (var (method, route) in routes)
        {
            if (byId.TryGetValue(route, out var target))
            {
                var response = await b.Client.Send(new HttpMethod(method), route.Replace("{id:guid}", target.Id, StringComparison.Ordinal).Replace("{lineId:guid}", orderLine, StringComparison.Ordinal), method == "GET" ? null : target.Body);
                var body = await response.Content.ReadAsStringAsync();
                response.StatusCode.ShouldBe(HttpStatusCode.NotFound, $"{method} {route} as partner B with A's id: {body}");
                aMarks.Where(mark => mark != target.Id).ShouldAllBe(mark => !body.Contains(mark, StringComparison.Ordinal), $"{method} {route}");
            }
            else if (collections.Contains(route))
            {
                if (method == "GET")
                {
                    var body = await (await b.Client.Get(route)).Content.ReadAsStringAsync();
                    aMarks.ShouldAllBe(mark => !body.Contains(mark, StringComparison.Ordinal), $"{method} {route} shows A's data to B: {body}");
                }
                else if (route == "/api/notifications/read-all")
                {
                    await b.Client.Expect(b.Client.Post(route), HttpStatusCode.NoContent);
                }
            }
            else
            {
                throw new ShouldAssertException($"{method} {route} is a portal endpoint without an isolation case: add it to this test.");
            }

            checkedRoutes.Add($"{method} {route}");
        }

        // Nothing B tried changed A's records.
        var stillDraft = await a.Client.GetJson($"/api/portal/marketing-activities/{activity}");
        var aUser = (await a.Client.GetJson("/api/portal/organization/users"))["items"]!.AsArray().Single()!;
        var aFund = (await a.Client.GetJson("/api/portal/funds")).AsArray().Single()!;
        stillDraft["status"]!.GetValue<string>().ShouldBe("Draft");
        stillDraft["name"]!.GetValue<string>().ShouldBe("A's webinar");
        aUser["isActive"]!.GetValue<bool>().ShouldBeTrue();
        aUser["isOrganizationAdmin"]!.GetValue<bool>().ShouldBeTrue();
        aFund["balanceMinor"]!.GetValue<long>().ShouldBe(50000);
        checkedRoutes.ShouldContain("DELETE /api/portal/marketing-activities/{id:guid}");
        checkedRoutes.ShouldContain("POST /api/portal/leads/{id:guid}/decline");
        (await a.Client.GetJson($"/api/portal/leads/{heldLead}"))["status"]!.GetValue<string>().ShouldBe("New");
        (await a.Client.GetJson("/api/portal/leads/offers")).AsArray().Select(o => o!["leadId"]!.GetValue<string>()).ShouldBe([offeredLead], "A's offer is still open");
        (await a.Client.GetJson("/api/portal/leads"))["items"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).ShouldBe([heldLead]);
        (await a.Client.GetJson("/api/portal/deal-registrations"))["items"]!.AsArray().Select(r => r!["id"]!.GetValue<string>()).ShouldBe([deal]);
        (await a.Client.GetJson($"/api/portal/deal-registrations/{deal}"))["extensionRequestedAt"].ShouldBeNull("B's request changed nothing");
        checkedRoutes.ShouldContain("PUT /api/portal/opportunities/{id:guid}");
        var aOpportunity = await a.Client.GetJson($"/api/portal/opportunities/{opportunity}");
        aOpportunity["stage"]!.GetValue<string>().ShouldBe("Qualification", "B's update changed nothing");
        aOpportunity["nextStep"].ShouldBeNull();
        (await a.Client.GetJson("/api/portal/opportunities"))["items"]!.AsArray().Count.ShouldBe(2, "its own and the approved registration's");
        checkedRoutes.ShouldContain("DELETE /api/portal/orders/{id:guid}/lines/{lineId:guid}");
        var aOrderNow = await a.Client.GetJson($"/api/portal/orders/{order}");
        aOrderNow["status"]!.GetValue<string>().ShouldBe("Draft", "B's submit and cancel changed nothing");
        aOrderNow["lines"]!.AsArray().Single()!["quantity"]!.GetValue<int>().ShouldBe(1);
        (await a.Client.GetJson("/api/portal/orders"))["items"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ShouldBe([order]);
        checkedRoutes.ShouldContain("POST /api/notifications/read-all");
        checkedRoutes.ShouldContain("GET /api/portal/trainings");
        checkedRoutes.ShouldContain("GET /api/portal/certificates");
        (await a.Client.GetJson("/api/portal/trainings"))["items"]!.AsArray().Select(t => t!["id"]!.GetValue<string>()).ShouldBe([training]);
        (await a.Client.GetJson("/api/portal/certificates"))["items"]!.AsArray().Select(c => c!["id"]!.GetValue<string>()).ShouldBe([certificate]);
        (await a.Client.GetJson("/api/notifications/summary"))["unread"]!.GetValue<int>().ShouldBe(aUnread, "B's read-all and read left A's notifications unread");
    }
}

public sealed class SqlitePortalIsolationTests(SqliteApiFactory factory) : PortalIsolationTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresPortalIsolationTests(PostgresApiFactory factory) : PortalIsolationTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerPortalIsolationTests(SqlServerApiFactory factory) : PortalIsolationTests<SqlServerApiFactory>(factory);
