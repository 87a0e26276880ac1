using System.Net;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// The CSV export of the operations list (issue 8): exactly the rows of the list with the same filter (fund, kind,
/// date range) and sort, every page of it; the list's authorization and validation.
/// </summary>
public abstract class FundExportTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private static readonly string[] Header =
    [
        "Date", "Partner", "Fund", "Kind", "Description", "Amount", "Currency", "Balance effect", "Balance after", "Source", "Source id",
        "Reverses", "Reversed by", "Overdraft reason", "By", "Id",
    ];

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Export_HoldsExactlyTheRowsOfTheFilteredSortedList_AcrossItsPages()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var fund = await FundedPartnership(manager);
        await Post(manager, $"/api/funds/{fund}/credits", new { amount = 100m, description = "Budget" });
        for (var i = 1; i <= 7; i++)
        {
            await Post(manager, $"/api/funds/{fund}/debits", new { amount = i + 0.25m, description = $"Debit {i}" });
        }

        var credit = await Post(manager, $"/api/funds/{fund}/credits", new { amount = 5m, description = "=SUM(A1:A9)" });
        var reversal = await Post(manager, $"/api/fund-operations/{credit}/reverse", new { reason = "Wrong amount" });
        var filter = $"fundId={fund}&kind=ManualDebit&sort=-amount";

        var listed = new List<JsonNode>();
        for (var page = 1; page <= 3; page++)
        {
            listed.AddRange((await manager.GetJson($"/api/fund-operations?{filter}&pageSize=3&page={page}"))["items"]!.AsArray().Select(n => n!));
        }

        var response = await manager.Get($"/api/fund-operations/export?{filter}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var rows = Csv.Parse(body);
        var all = Csv.Parse(await (await manager.Get($"/api/fund-operations/export?fundId={fund}")).Content.ReadAsStringAsync());

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentDisposition!.FileName!.Trim('"').ShouldBe($"fund-operations-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        rows[0].ShouldBe(Header);
        listed.Count.ShouldBe(7);
        rows.Count.ShouldBe(1 + 7, "the export is not paged");
        rows.Skip(1).Select(r => r[15]).ShouldBe(listed.Select(n => n["id"]!.GetValue<string>()), "the same rows in the same order");
        rows.Skip(1).Select(r => r[4]).ShouldBe(listed.Select(n => n["description"]!.GetValue<string>()));
        rows[1][3].ShouldBe("ManualDebit");
        rows[1][4].ShouldBe("Debit 1", "-amount: the most negative amount first");
        rows[1][5].ShouldBe("-1.25");
        rows[1][6].ShouldBe("EUR");
        rows[1][7].ShouldBe("Debit");
        rows[1][0].ShouldMatch(@"^\d{4}-\d{2}-\d{2}T");

        all.Count.ShouldBe(1 + 10, "credit, 7 debits, a credit and its reversal");
        var reversed = all.Single(r => r[15] == credit);
        reversed[4].ShouldBe("'=SUM(A1:A9)", "a formula cell is escaped");
        reversed[5].ShouldBe("5");
        reversed[12].ShouldBe(reversal);
        all.Single(r => r[15] == reversal)[11].ShouldBe(credit);
        all.Single(r => r[15] == reversal)[7].ShouldBe("Debit");
    }

    [SkippableFact]
    public async Task Export_FiltersTheDateRangeLikeTheList()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var fund = await FundedPartnership(manager);
        await Post(manager, $"/api/funds/{fund}/credits", new { amount = 3m, description = "Today" });
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var tomorrow = DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd");

        var todayList = await manager.GetJson($"/api/fund-operations?fundId={fund}&from={today}&to={today}");
        var todayExport = Csv.Parse(await (await manager.Get($"/api/fund-operations/export?fundId={fund}&from={today}&to={today}")).Content.ReadAsStringAsync());
        var laterList = await manager.GetJson($"/api/fund-operations?fundId={fund}&from={tomorrow}");
        var laterExport = Csv.Parse(await (await manager.Get($"/api/fund-operations/export?fundId={fund}&from={tomorrow}")).Content.ReadAsStringAsync());

        todayList["totalCount"]!.GetValue<int>().ShouldBe(1);
        todayExport.Count.ShouldBe(2);
        todayExport[1][15].ShouldBe(todayList["items"]![0]!["id"]!.GetValue<string>());
        laterList["totalCount"]!.GetValue<int>().ShouldBe(0);
        laterExport.Count.ShouldBe(1, "the header only");
    }

    [SkippableFact]
    public async Task Export_HasTheListsAuthorizationAndValidation()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var portalStaff = await Factory.SignedIn("portal.admin@partnerportal.local", "Portal123!demo");
        var finance = await Factory.SignedIn("finance@partnerportal.local", "Finance123!demo");

        var list = await portalStaff.Expect(portalStaff.Get("/api/fund-operations"), HttpStatusCode.Forbidden);
        var export = await portalStaff.Expect(portalStaff.Get("/api/fund-operations/export"), HttpStatusCode.Forbidden);
        var anonymous = await Factory.Anonymous().Expect(Factory.Anonymous().Get("/api/fund-operations/export"), HttpStatusCode.Unauthorized);
        var financeExport = await finance.Get("/api/fund-operations/export?kind=ManualCredit");
        var listRange = await manager.Expect(manager.Get("/api/fund-operations?from=2026-02-01&to=2026-01-01"), HttpStatusCode.BadRequest);
        var exportRange = await manager.Expect(manager.Get("/api/fund-operations/export?from=2026-02-01&to=2026-01-01"), HttpStatusCode.BadRequest);
        var listSort = await manager.Expect(manager.Get("/api/fund-operations?sort=secret"), HttpStatusCode.BadRequest);
        var exportSort = await manager.Expect(manager.Get("/api/fund-operations/export?sort=secret"), HttpStatusCode.BadRequest);

        list["code"]!.GetValue<string>().ShouldBe("forbidden");
        export["code"]!.GetValue<string>().ShouldBe("forbidden");
        anonymous["code"]!.GetValue<string>().ShouldBe("unauthenticated");
        financeExport.StatusCode.ShouldBe(HttpStatusCode.OK);
        foreach (var problem in new[] { listRange, exportRange, listSort, exportSort })
        {
            problem["code"]!.GetValue<string>().ShouldBe("validation_failed");
        }

        exportRange["errors"]!.AsObject().Select(e => e.Key).ShouldBe(listRange["errors"]!.AsObject().Select(e => e.Key));
        exportSort["errors"]!.AsObject().Select(e => e.Key).ShouldBe(listSort["errors"]!.AsObject().Select(e => e.Key));
    }

    private static async Task<string> Post(ApiClient client, string url, object body) =>
        (await client.Expect(client.PostWithKey(url, body, Guid.NewGuid().ToString()), HttpStatusCode.Created))["id"]!.GetValue<string>();

    /// <summary>A new partner with an active partnership of a fresh program and a Marketing fund opened by hand.</summary>
    private async Task<string> FundedPartnership(ApiClient client)
    {
        var program = await ProgramFixture.Create(await Factory.Admin());
        var partner = (await client.Expect(client.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner" }), HttpStatusCode.Created))["id"]!
            .GetValue<string>();
        var partnership = (await client.Expect(
            client.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var type = (await client.GetJson("/api/fund-types")).AsArray().First(t => t!["code"]!.GetValue<string>() == "Marketing")!["id"]!.GetValue<string>();
        return (await client.Expect(client.Post($"/api/partnerships/{partnership}/funds", new { fundTypeId = type }), HttpStatusCode.Created))["id"]!.GetValue<string>();
    }
}

public sealed class SqliteFundExportTests(SqliteApiFactory factory) : FundExportTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresFundExportTests(PostgresApiFactory factory) : FundExportTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerFundExportTests(SqlServerApiFactory factory) : FundExportTests<SqlServerApiFactory>(factory);
