using System.Net;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Opportunities (W6, issue 10) and the fund accrual of won partner opportunities (D19): exact to the cent at the % of
/// the moment of winning, once however often "won" is saved, adjusted with entries that say why when the amount or
/// partner of a won opportunity changes, reversed on reopen and delete; created by employees, from qualified leads and
/// from approved deal registrations; isolated between partners; stage history.
/// </summary>
public abstract class OpportunityTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string BackOffice = "/api/opportunities";
    private const string Portal = "/api/portal/opportunities";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Winning_CreditsThePercentOfTheMoment_ExactToTheCent_Once_AndOnlyNewWinsUseANewPercent()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var first = await Create(admin, a, 12_345.67m);
        var second = await Create(admin, a, 10_000.50m);

        // 1 % of 12,345.67 = 123.4567 → 123.46 (half away from zero); saving "won" again credits nothing more.
        var won = await a.Client.Expect(a.Client.Put($"{Portal}/{first}", Work("ClosedWon", 12_345.67m)), HttpStatusCode.OK);
        await a.Client.Expect(a.Client.Put($"{Portal}/{first}", Work("ClosedWon", 12_345.67m)), HttpStatusCode.OK);
        await admin.Expect(admin.Put($"{BackOffice}/{first}", Full("Deal 12345.67", "ClosedWon", 12_345.67m, a)), HttpStatusCode.OK);

        won["stage"]!.GetValue<string>().ShouldBe("ClosedWon");
        won["fundPercent"]!.GetValue<decimal>().ShouldBe(1m);
        won["fundCreditMinor"]!.GetValue<long>().ShouldBe(12_346);
        (await Balance(a)).ShouldBe(12_346);
        var accruals = (await Entries(admin, a)).Where(e => e["kind"]!.GetValue<string>() == "Accrual").ToList();
        accruals.Count.ShouldBe(1);
        accruals[0]["sourceId"]!.GetValue<string>().ShouldBe(first);
        accruals[0]["description"]!.GetValue<string>().ShouldBe("Opportunity \"Deal 12345.67\" won: 1 % of 12,345.67 EUR");
        (await a.Client.GetJson("/api/notifications"))["items"]!.AsArray()
            .Count(n => n!["topic"]!.GetValue<string>() == "fund-movement"
                        && n["body"]!.GetValue<string>().Contains("Opportunity \"Deal 12345.67\" won", StringComparison.Ordinal))
            .ShouldBe(1, "the partner is told of the credit once, through the fund's own notification");

        // The level changes to one with 2 %: the first win keeps its 1 %, the next win earns 2 % (10,000.50 → 200.01).
        await OverrideToSilverWithPercent(admin, a, 2);
        await a.Client.Expect(a.Client.Put($"{Portal}/{first}", Work("ClosedWon", 12_345.67m) with { NextStep = "Invoice" }), HttpStatusCode.OK);
        var secondWon = await a.Client.Expect(a.Client.Put($"{Portal}/{second}", Work("ClosedWon", 10_000.50m)), HttpStatusCode.OK);

        secondWon["fundPercent"]!.GetValue<decimal>().ShouldBe(2m);
        secondWon["fundCreditMinor"]!.GetValue<long>().ShouldBe(20_001);
        (await a.Client.GetJson($"{Portal}/{first}"))["fundCreditMinor"]!.GetValue<long>().ShouldBe(12_346);
        (await Balance(a)).ShouldBe(12_346 + 20_001);

        // The stage history, newest first; employees' names are not shown to the partner.
        var history = (await a.Client.GetJson($"{Portal}/{first}"))["history"]!.AsArray();
        history.Select(e => e!["what"]!.GetValue<string>()).ShouldBe(["Next step changed", "Stage Qualification → Closed won", "Created"]);
        history[^1]!["by"].ShouldBeNull("an employee created it");
        history[1]!["byPartner"]!.GetValue<bool>().ShouldBeTrue();
        (await admin.GetJson($"{BackOffice}/{first}"))["history"]!.AsArray()[^1]!["by"]!.GetValue<string>().ShouldNotBeNullOrEmpty();

        // A closed opportunity's stage stays until an employee reopens it.
        await Problem(a.Client.Put($"{Portal}/{first}", Work("Negotiation", 12_345.67m)), HttpStatusCode.UnprocessableEntity, "opportunity_closed");
        // Nor may the partner raise a won deal's amount: that would move money into its own fund.
        await Problem(a.Client.Put($"{Portal}/{first}", Work("ClosedWon", 99_999m)), HttpStatusCode.UnprocessableEntity, "opportunity_closed");
        (await a.Client.GetJson($"{Portal}/{first}"))["fundCreditMinor"]!.GetValue<long>().ShouldBe(12_346);
    }

    [SkippableFact]
    public async Task AmountChange_PartnerChange_Reopen_AndDelete_AdjustOrReverseTheCredit_WithEntriesThatSayWhy()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var id = await Create(admin, a, 1_000m);
        await admin.Expect(admin.Put($"{BackOffice}/{id}", Full("Deal 1000", "ClosedWon", 1_000m, a)), HttpStatusCode.OK);
        (await Balance(a)).ShouldBe(1_000);

        // The amount of the won opportunity changes: the credit is reversed and credited again at the same 1 %.
        await admin.Expect(admin.Put($"{BackOffice}/{id}", Full("Deal 1000", "ClosedWon", 2_000.55m, a)), HttpStatusCode.OK);
        (await Balance(a)).ShouldBe(2_001);
        var descriptions = (await Entries(admin, a)).Select(e => e["description"]!.GetValue<string>()).ToList();
        descriptions.ShouldContain("Reversal: Opportunity \"Deal 1000\": amount changed from 1,000.00 EUR to 2,000.55 EUR");
        descriptions.ShouldContain("Opportunity \"Deal 1000\" won: 1 % of 2,000.55 EUR (recalculated: amount changed from 1,000.00 EUR to 2,000.55 EUR)");

        // The partner changes: A's credit is reversed, B is credited at its own %.
        var moved = await admin.Expect(admin.Put($"{BackOffice}/{id}", Full("Deal 1000", "ClosedWon", 2_000.55m, b)), HttpStatusCode.OK);
        moved["partnerAccountId"]!.GetValue<string>().ShouldBe(b.AccountId);
        (await Balance(a)).ShouldBe(0);
        (await Balance(b)).ShouldBe(2_001);
        (await Entries(admin, a)).Select(e => e["description"]!.GetValue<string>()).ShouldContain("Reversal: Opportunity \"Deal 1000\": partner changed");
        (await a.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound, "A no longer reaches it");

        // Reopening reverses; winning again credits again; deleting reverses.
        await Problem(admin.Post($"{BackOffice}/{id}/reopen", new { reason = "" }), HttpStatusCode.BadRequest, "validation_failed");
        var reopened = await admin.Expect(admin.Post($"{BackOffice}/{id}/reopen", new { reason = "Order cancelled" }), HttpStatusCode.OK);
        reopened["stage"]!.GetValue<string>().ShouldBe("Negotiation");
        reopened["fundCreditMinor"]!.GetValue<long>().ShouldBe(0);
        (await Balance(b)).ShouldBe(0);
        (await Entries(admin, b)).Select(e => e["description"]!.GetValue<string>()).ShouldContain("Reversal: Opportunity \"Deal 1000\": reopened (Negotiation)");
        await Problem(admin.Post($"{BackOffice}/{id}/reopen", new { reason = "again" }), HttpStatusCode.Conflict, "opportunity_not_closed");
        await b.Client.Expect(b.Client.Put($"{Portal}/{id}", Work("ClosedWon", 2_000.55m)), HttpStatusCode.OK);
        (await Balance(b)).ShouldBe(2_001);
        await admin.Expect(admin.Delete($"{BackOffice}/{id}"), HttpStatusCode.NoContent);
        (await Balance(b)).ShouldBe(0);
        (await Entries(admin, b)).Select(e => e["description"]!.GetValue<string>()).ShouldContain("Reversal: Opportunity \"Deal 1000\" deleted");
        (await admin.Get($"{BackOffice}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task WithoutAPartnerOrPercent_AWinCreditsNothing_AndStillSaves()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var vendorOwn = await admin.Expect(admin.Post(BackOffice, new { name = "Direct deal", customer = "Fabrikam", amount = 500m }), HttpStatusCode.Created);
        vendorOwn["employeeOwnerName"]!.GetValue<string>().ShouldNotBeNullOrEmpty("the creating employee owns it");
        var listed = (await admin.GetJson($"{BackOffice}?limit=200"))["items"]!.AsArray().Single(o => o!["id"]!.GetValue<string>() == vendorOwn["id"]!.GetValue<string>())!;
        listed["ownerName"]!.GetValue<string>().ShouldBe(vendorOwn["employeeOwnerName"]!.GetValue<string>(), "the list names the employee owner");
        var won = await admin.Expect(
            admin.Put($"{BackOffice}/{vendorOwn["id"]}", new { name = "Direct deal", customer = "Fabrikam", amount = 500m, stage = "ClosedWon" }), HttpStatusCode.OK);
        won["stage"]!.GetValue<string>().ShouldBe("ClosedWon");
        won["fundCreditMinor"]!.GetValue<long>().ShouldBe(0);
        await Problem(admin.Post(BackOffice, new { name = "No owner", customer = "Fabrikam", amount = 1m, partnerAccountId = Guid.NewGuid(), employeeOwnerId = Guid.NewGuid() }), HttpStatusCode.UnprocessableEntity, "opportunity_partner_invalid");
        await Problem(admin.Post(BackOffice, new { name = "Too much", customer = "Fabrikam", amount = 10_000_000_000.01m }), HttpStatusCode.BadRequest, "validation_failed");
    }

    [SkippableFact]
    public async Task AQualifiedLead_AndAnApprovedRegistration_BecomeThePartnersOpportunities_WhichOnlyItSees()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var lead = (await a.Client.Expect(
            a.Client.Post("/api/portal/leads", new { companyName = "Lead customer", need = "30 seats", budget = 4_321.09m }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/status", new { status = "Working" }), HttpStatusCode.OK);
        var qualified = await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/status", new { status = "Qualified" }), HttpStatusCode.OK);
        var fromLead = qualified["opportunityId"]!.GetValue<string>();
        var company = $"Registered {Guid.NewGuid():N}";
        var deal = (await a.Client.Expect(
            a.Client.Post("/api/portal/deal-registrations", new
            {
                companyName = company, productInterest = "Licences", estimatedAmount = 777.77m, expectedCloseDate = new DateOnly(2027, 6, 30),
            }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"/api/deal-registrations/{deal}/approve"), HttpStatusCode.OK);

        var converted = await a.Client.GetJson($"{Portal}/{fromLead}");
        converted["name"]!.GetValue<string>().ShouldBe("Lead customer");
        converted["amountMinor"]!.GetValue<long>().ShouldBe(432_109);
        converted["leadId"]!.GetValue<string>().ShouldBe(lead);
        converted["ownerId"]!.GetValue<string>().ShouldBe(a.UserId);
        var mine = (await a.Client.GetJson(Portal))["items"]!.AsArray();
        var registered = mine.Single(o => o!["name"]!.GetValue<string>() == company)!;
        registered["amountMinor"]!.GetValue<long>().ShouldBe(77_777);
        registered["expectedCloseDate"]!.GetValue<string>().ShouldBe("2027-06-30");
        (await a.Client.GetJson($"{Portal}/{registered["id"]}"))["dealRegistrationId"]!.GetValue<string>().ShouldBe(deal);

        // Isolation: B reaches none of A's opportunities, by id or in its list; employees see both, filtered by partner.
        foreach (var id in new[] { fromLead, registered["id"]!.GetValue<string>() })
        {
            (await b.Client.Get($"{Portal}/{id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await b.Client.Put($"{Portal}/{id}", Work("ClosedWon", 1m))).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        (await b.Client.GetJson(Portal))["items"]!.AsArray().ShouldBeEmpty();
        (await Balance(a)).ShouldBe(0, "B's attempts won nothing for A");
        var byPartner = (await admin.GetJson($"{BackOffice}?partnerAccountId={a.AccountId}&sort=amount"))["items"]!.AsArray();
        byPartner.Select(o => o!["id"]!.GetValue<string>()).ShouldBe([registered["id"]!.GetValue<string>(), fromLead]);
        byPartner[1]!["ownerName"]!.GetValue<string>().ShouldBe(converted["ownerName"]!.GetValue<string>(), "the list names the partner's owner");
        mine.Single(o => o!["id"]!.GetValue<string>() == fromLead)!["ownerName"]!.GetValue<string>().ShouldBe(converted["ownerName"]!.GetValue<string>());
        (await admin.GetJson($"{BackOffice}?partnerAccountId={a.AccountId}&stage=ClosedWon"))["items"]!.AsArray().ShouldBeEmpty();

        // Keyset paging and the export follow the filter.
        var page = await admin.GetJson($"{BackOffice}?partnerAccountId={a.AccountId}&limit=1");
        page["items"]!.AsArray().Count.ShouldBe(1);
        var next = await admin.GetJson($"{BackOffice}?partnerAccountId={a.AccountId}&limit=1&cursor={page["nextCursor"]}");
        next["items"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldNotBe(page["items"]!.AsArray().Single()!["id"]!.GetValue<string>());
        next["nextCursor"].ShouldBeNull();
        var csv = await (await admin.Get($"{BackOffice}/export?partnerAccountId={a.AccountId}")).Content.ReadAsStringAsync();
        csv.ShouldContain(company);
        csv.ShouldContain("Lead customer");

        // Deleting the converted opportunity unlinks its lead.
        await admin.Expect(admin.Delete($"{BackOffice}/{fromLead}"), HttpStatusCode.NoContent);
        (await a.Client.GetJson($"/api/portal/leads/{lead}"))["opportunityId"].ShouldBeNull();
    }

    protected async Task<string> Create(ApiClient admin, PortalPartner partner, decimal amount) =>
        (await admin.Expect(
            admin.Post(BackOffice, new
            {
                name = $"Deal {amount.ToString(System.Globalization.CultureInfo.InvariantCulture)}", customer = "Contoso", amount,
                partnerAccountId = partner.AccountId, ownerId = partner.UserId, expectedCloseDate = new DateOnly(2027, 3, 31),
            }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();

    protected static WorkBody Work(string stage, decimal amount) => new(stage, amount, new DateOnly(2027, 3, 31), null, null);

    protected static object Full(string name, string stage, decimal amount, PortalPartner partner) => new
    {
        name, customer = "Contoso", amount, stage, partnerAccountId = partner.AccountId, ownerId = partner.UserId, expectedCloseDate = new DateOnly(2027, 3, 31),
    };

    protected static async Task<long> Balance(PortalPartner partner) =>
        (await partner.Client.GetJson("/api/portal/funds")).AsArray().Single()!["balanceMinor"]!.GetValue<long>();

    protected static async Task<List<JsonNode>> Entries(ApiClient admin, PortalPartner partner) =>
        [.. (await admin.GetJson($"/api/fund-operations?fundId={partner.FundId}&pageSize=200"))["items"]!.AsArray().Select(e => e!)];

    [SkippableFact]
    public async Task ThePipeline_SumsEachStageInOneGroupedQuery_WithTheListsFilters_AndAPartnerSeesOnlyItsOwn()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var amounts = new[] { 1_000.10m, 2_500.55m, 333.33m, 40m };
        var ids = new List<string>();
        foreach (var amount in amounts)
        {
            ids.Add(await Create(admin, a, amount));
        }

        await a.Client.Expect(a.Client.Put($"{Portal}/{ids[1]}", Work("Proposal", 2_500.55m)), HttpStatusCode.OK);
        await a.Client.Expect(a.Client.Put($"{Portal}/{ids[2]}", Work("Proposal", 333.33m)), HttpStatusCode.OK);
        await a.Client.Expect(a.Client.Put($"{Portal}/{ids[3]}", Work("ClosedWon", 40m)), HttpStatusCode.OK);
        await Create(admin, b, 9_999.99m);

        static Dictionary<string, (int Count, long Amount)> Figures(JsonNode pipeline) =>
            pipeline.AsArray().ToDictionary(s => s!["stage"]!.GetValue<string>(), s => (s!["count"]!.GetValue<int>(), s["amountMinor"]!.GetValue<long>()));

        // Every stage, in stage order; the figures are the sums of the list's rows.
        var pipeline = await admin.GetJson($"{BackOffice}/pipeline?partnerAccountId={a.AccountId}");
        pipeline.AsArray().Select(s => s!["stage"]!.GetValue<string>())
            .ShouldBe(["Qualification", "NeedsAnalysis", "Proposal", "Negotiation", "ClosedWon", "ClosedLost"]);
        pipeline.AsArray().ShouldAllBe(s => s!["currency"]!.GetValue<string>() == "EUR");
        var listed = (await admin.GetJson($"{BackOffice}?partnerAccountId={a.AccountId}&limit=100"))["items"]!.AsArray();
        var expected = listed.GroupBy(o => o!["stage"]!.GetValue<string>()).ToDictionary(g => g.Key, g => (g.Count(), g.Sum(o => o!["amountMinor"]!.GetValue<long>())));
        var figures = Figures(pipeline);
        foreach (var (stage, figure) in figures)
        {
            figure.ShouldBe(expected.GetValueOrDefault(stage, (0, 0L)), stage);
        }

        figures["Qualification"].ShouldBe((1, 100_010L));
        figures["Proposal"].ShouldBe((2, 250_055L + 33_333L));
        figures["ClosedWon"].ShouldBe((1, 4_000L));
        pipeline.AsArray().Single(s => s!["stage"]!.GetValue<string>() == "Proposal")!["amount"]!.GetValue<decimal>().ShouldBe(2_833.88m);

        // The stage filter applies like the list's; a bad filter is a 400.
        var proposals = Figures(await admin.GetJson($"{BackOffice}/pipeline?partnerAccountId={a.AccountId}&stage=Proposal"));
        proposals["Proposal"].ShouldBe((2, 283_388L));
        proposals.Where(p => p.Key != "Proposal").ShouldAllBe(p => p.Value.Count == 0 && p.Value.Amount == 0);
        (await admin.Expect(admin.Get($"{BackOffice}/pipeline?partnerAccountId={Guid.Empty}"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        (await a.Client.Expect(a.Client.Get($"{Portal}/pipeline?stage=Nope"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("malformed_request");

        // The portal: the partner's own, whatever it asks; the other partner sees only its one opportunity.
        Figures(await a.Client.GetJson($"{Portal}/pipeline")).ShouldBe(figures);
        Figures(await a.Client.GetJson($"{Portal}/pipeline?stage=ClosedWon"))["ClosedWon"].ShouldBe((1, 4_000L));
        var theirs = Figures(await b.Client.GetJson($"{Portal}/pipeline"));
        theirs.Sum(p => p.Value.Count).ShouldBe(1);
        theirs["Qualification"].ShouldBe((1, 999_999L));
        await a.Client.Expect(a.Client.Get($"{BackOffice}/pipeline"), HttpStatusCode.Forbidden);
        await admin.Expect(admin.Get($"{Portal}/pipeline"), HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task ThePortalExport_HasTheBackOfficeColumns_AndOnlyThePartnersOwnRows()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var mine = await Create(admin, a, 1_234.56m);
        var won = await Create(admin, a, 77m);
        await a.Client.Expect(a.Client.Put($"{Portal}/{won}", Work("ClosedWon", 77m)), HttpStatusCode.OK);
        var theirs = await Create(admin, b, 4_321m);

        async Task<string[]> Csv(ApiClient client, string url)
        {
            var response = await client.Get(url);
            var body = await response.Content.ReadAsStringAsync();
            response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
            response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
            return body.TrimStart('\uFEFF').Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToArray();
        }

        var portalCsv = await Csv(a.Client, $"{Portal}/export");
        var backOfficeCsv = await Csv(admin, $"{BackOffice}/export?partnerAccountId={a.AccountId}");
        portalCsv[0].ShouldBe(backOfficeCsv[0], "the same columns");
        portalCsv.Skip(1).ShouldBe(backOfficeCsv.Skip(1), "the same rows as the back-office export of the partner");
        portalCsv.Length.ShouldBe(3);
        portalCsv.ShouldContain(l => l.Contains(mine, StringComparison.Ordinal));
        portalCsv.ShouldNotContain(l => l.Contains(theirs, StringComparison.Ordinal));
        (await Csv(a.Client, $"{Portal}/export?stage=ClosedWon")).Skip(1).ShouldHaveSingleItem().ShouldContain(won);
        (await Csv(b.Client, $"{Portal}/export")).ShouldNotContain(l => l.Contains(mine, StringComparison.Ordinal) || l.Contains(won, StringComparison.Ordinal));
        (await a.Client.Expect(a.Client.Get($"{Portal}/export?sort=name"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        await admin.Expect(admin.Get($"{Portal}/export"), HttpStatusCode.Forbidden);
    }

    private static async Task OverrideToSilverWithPercent(ApiClient admin, PortalPartner partner, decimal percent)
    {
        var typeId = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"))["partnerTypeId"]!.GetValue<string>();
        var silver = (await admin.GetJson($"/api/partner-types/{typeId}/levels")).AsArray().Single(l => l!["name"]!.GetValue<string>() == "Silver")!["id"]!.GetValue<string>();
        var category = (await admin.GetJson("/api/parameter-categories")).AsArray()
            .First(c => c!["metric"]!.GetValue<string>() == "MarketingFundPercent")!["id"]!.GetValue<string>();
        await admin.Expect(
            admin.Post($"/api/partner-levels/{silver}/parameters", new { kind = "Benefit", categoryId = category, valueType = "Decimal", numberValue = percent, score = 0 }),
            HttpStatusCode.Created);
        await admin.Expect(admin.Post($"/api/partnerships/{partner.PartnershipId}/override-level", new { levelId = silver, reason = "Strategic partner" }), HttpStatusCode.OK);
    }

    protected static async Task Problem(Task<HttpResponseMessage> send, HttpStatusCode status, string code)
    {
        var response = await send;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe(code);
    }

    protected sealed record WorkBody(string Stage, decimal Amount, DateOnly? ExpectedCloseDate, string? NextStep, string? Notes);
}

public sealed class SqliteOpportunityTests(SqliteApiFactory factory) : OpportunityTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresOpportunityTests(PostgresApiFactory factory) : OpportunityTests<PostgresApiFactory>(factory)
{
    [SkippableFact]
    public async Task TwoRequestsClosingTheSameOpportunityAsWonAtOnce_CreditTheFundExactlyOnce()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        for (var round = 0; round < 3; round++)
        {
            var id = await Create(admin, a, 3_000m);
            var responses = await Task.WhenAll(
                admin.Put($"/api/opportunities/{id}", Full("Deal 3000", "ClosedWon", 3_000m, a)),
                a.Client.Put($"/api/portal/opportunities/{id}", Work("ClosedWon", 3_000m)));
            var statuses = responses.Select(r => r.StatusCode).ToList();
            statuses.ShouldAllBe(s => s == HttpStatusCode.OK || s == HttpStatusCode.Conflict, string.Join(", ", statuses));
            statuses.ShouldContain(HttpStatusCode.OK);
            (await Entries(admin, a)).Count(e => e["sourceId"]?.GetValue<string>() == id && e["kind"]!.GetValue<string>() == "Accrual").ShouldBe(1);
        }

        (await Balance(a)).ShouldBe(3 * 3_000);
    }
}

[Trait("Database", "SqlServer")]
public sealed class SqlServerOpportunityTests(SqlServerApiFactory factory) : OpportunityTests<SqlServerApiFactory>(factory);
