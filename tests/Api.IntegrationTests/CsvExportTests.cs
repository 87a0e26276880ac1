using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// The CSV export convention, on the partnerships list: the export holds exactly the rows of the list with the same
/// filter and sort (every page of it), with a header row, escaped formula cells, and the list's authorization and
/// validation (problem documents, even when the caller accepts only text/csv).
/// </summary>
public abstract class CsvExportTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private static readonly string[] Header =
        ["Partnership", "Partner", "Partner type", "Level", "Start date", "Due date", "Is active", "Score", "Target score", "Id"];

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Export_HoldsExactlyTheRowsOfTheFilteredSortedList_AcrossItsPages()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var ids = new List<string>();
        for (var i = 0; i < 28; i++)
        {
            ids.Add(await CreatePartnership(manager, program));
        }

        await manager.Expect(manager.Post($"/api/partnerships/{ids[3]}/deactivate"), HttpStatusCode.OK);
        var filter = $"partnerTypeId={program.TypeId}&isActive=true&sort=-account";

        var listed = new List<JsonNode>();
        for (var page = 1; page <= 3; page++)
        {
            listed.AddRange((await manager.GetJson($"/api/partnerships?{filter}&pageSize=10&page={page}"))["items"]!.AsArray().Select(n => n!));
        }

        var firstPage = await manager.GetJson($"/api/partnerships?{filter}");
        var response = await manager.Get($"/api/partnerships/export?{filter}");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var rows = Csv.Parse(body);

        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/csv");
        response.Content.Headers.ContentType.CharSet.ShouldBe("utf-8");
        response.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        response.Content.Headers.ContentDisposition.FileName!.Trim('"').ShouldBe($"partnerships-{DateTime.UtcNow:yyyy-MM-dd}.csv");
        rows[0].ShouldBe(Header);
        firstPage["items"]!.AsArray().Count.ShouldBe(25);
        firstPage["totalCount"]!.GetValue<int>().ShouldBe(27);
        rows.Count.ShouldBe(1 + 27, "the export is not paged");
        rows.Skip(1).Select(r => r[9]).ShouldBe(listed.Select(n => n["id"]!.GetValue<string>()), "the same rows in the same order");
        rows.Skip(1).Select(r => r[1]).ShouldBe(listed.Select(n => n["accountName"]!.GetValue<string>()));
        rows.Skip(1).Select(r => r[9]).ShouldNotContain(ids[3]);
        var first = listed[0];
        rows[1].ShouldBe([
            first["name"]!.GetValue<string>(), first["accountName"]!.GetValue<string>(), first["partnerTypeName"]!.GetValue<string>(), "Bronze",
            first["startDate"]!.GetValue<string>(), first["dueDate"]!.GetValue<string>(), "true", "0", "80", first["id"]!.GetValue<string>()]);
        rows[1][4].ShouldMatch(@"^\d{4}-\d{2}-\d{2}$");
    }

    [SkippableFact]
    public async Task Export_EscapesCellsThatASpreadsheetWouldRunAsFormulas_AndQuotesSeparators()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var marker = Guid.NewGuid().ToString("N")[..8];
        var formula = $"=HYPERLINK(\"http://evil.example/{marker}\",\"Click\")";
        var plus = $"+1+2 {marker}";
        var quoted = $"Smith, \"Jones\" & Co {marker}";
        foreach (var name in new[] { formula, plus, quoted })
        {
            var partner = (await manager.Expect(manager.Post("/api/accounts", new { name, type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();
            await CreatePartnership(manager, program, partner);
        }

        var response = await manager.Get($"/api/partnerships/export?partnerTypeId={program.TypeId}&sort=account");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(HttpStatusCode.OK, body);
        var partners = Csv.Parse(body).Skip(1).Select(r => r[1]).ToList();

        partners.ShouldBe(["'" + plus, "'" + formula, quoted], ignoreOrder: true);
        body.ShouldContain($"\"Smith, \"\"Jones\"\" & Co {marker}\"");
    }

    [SkippableFact]
    public async Task Export_HasTheListsAuthorization_AnotherRoleGets403_AndAnonymous401()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var portalStaff = await Factory.SignedIn("portal.admin@partnerportal.local", "Portal123!demo");

        var list = await portalStaff.Expect(portalStaff.Get("/api/partnerships"), HttpStatusCode.Forbidden);
        var export = await portalStaff.Expect(portalStaff.Get("/api/partnerships/export"), HttpStatusCode.Forbidden);
        var anonymous = await Factory.Anonymous().Expect(Factory.Anonymous().Get("/api/partnerships/export"), HttpStatusCode.Unauthorized);

        list["code"]!.GetValue<string>().ShouldBe("forbidden");
        export["code"]!.GetValue<string>().ShouldBe("forbidden");
        anonymous["code"]!.GetValue<string>().ShouldBe("unauthenticated");
    }

    [SkippableFact]
    public async Task Export_ValidatesTheFilterLikeTheList_400ProblemEvenWhenOnlyCsvIsAccepted()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var longSearch = new string('x', 101);

        var listSort = await manager.Expect(manager.Get("/api/partnerships?sort=secret"), HttpStatusCode.BadRequest);
        var exportSort = await manager.Expect(manager.Get("/api/partnerships/export?sort=secret"), HttpStatusCode.BadRequest);
        var listSearch = await manager.Expect(manager.Get($"/api/partnerships?search={longSearch}"), HttpStatusCode.BadRequest);
        var exportSearch = await manager.Expect(manager.Get($"/api/partnerships/export?search={longSearch}"), HttpStatusCode.BadRequest);
        var control = await manager.Expect(manager.Get("/api/partnerships/export?search=a%1Bb"), HttpStatusCode.BadRequest);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/partnerships/export?sort=secret");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/csv"));
        var csvOnly = await manager.Http.SendAsync(request);
        var csvOnlyBody = await csvOnly.Content.ReadAsStringAsync();

        foreach (var problem in new[] { listSort, exportSort, listSearch, exportSearch, control })
        {
            problem["code"]!.GetValue<string>().ShouldBe("validation_failed");
        }

        exportSort["errors"]!.AsObject().Select(e => e.Key).ShouldBe(listSort["errors"]!.AsObject().Select(e => e.Key));
        exportSearch["errors"]!.AsObject().Select(e => e.Key).ShouldBe(listSearch["errors"]!.AsObject().Select(e => e.Key));
        csvOnly.StatusCode.ShouldBe(HttpStatusCode.BadRequest, csvOnlyBody);
        csvOnly.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonNode.Parse(csvOnlyBody)!["code"]!.GetValue<string>().ShouldBe("validation_failed");
    }

    private static async Task<string> CreatePartnership(ApiClient client, ProgramFixture program, string? partner = null)
    {
        partner ??= (await client.Expect(client.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner" }), HttpStatusCode.Created))["id"]!
            .GetValue<string>();
        var created = await client.Expect(
            client.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created);
        return created["id"]!.GetValue<string>();
    }
}

/// <summary>A small RFC 4180 reader for the tests: quoted fields, doubled quotes, CRLF records.</summary>
internal static class Csv
{
    public static List<string[]> Parse(string text)
    {
        text = text.TrimStart('\uFEFF');
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < text.Length && text[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                fields.Add(field.ToString());
                field.Clear();
                records.Add([.. fields]);
                fields.Clear();
                i++;
            }
            else
            {
                field.Append(c);
            }
        }

        if (field.Length > 0 || fields.Count > 0)
        {
            fields.Add(field.ToString());
            records.Add([.. fields]);
        }

        return records;
    }
}

public sealed class SqliteCsvExportTests(SqliteApiFactory factory) : CsvExportTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresCsvExportTests(PostgresApiFactory factory) : CsvExportTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerCsvExportTests(SqlServerApiFactory factory) : CsvExportTests<SqlServerApiFactory>(factory);
