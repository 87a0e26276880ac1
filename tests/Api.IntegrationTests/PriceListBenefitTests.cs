using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Features.PriceLists;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Issue 10: the "Price list" benefit references a price list: validated, copied to partnerships, shown by name, used by
/// the price chain from the partnership's own row (D16), protected from deletion, and converted from the old free text.
/// </summary>
public abstract class PriceListBenefitTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task APriceListBenefit_ReferencesAnExistingBaseOrLevelList_WithStableCodes()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var category = await PriceListCategory(admin);
        var list = await LevelList(admin, program.BronzeId);
        var personal = await PriceList(admin, new { name = Name(), kind = "Personal", accountId = await PartnerAccount(admin) });
        static string CodeOf(JsonNode body) => body["code"]!.GetValue<string>();
        Task<HttpResponseMessage> Add(object body) => admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", body);

        CodeOf(await admin.Expect(Add(new { kind = "Benefit", categoryId = category, valueType = "String", textValue = "Partner Gold", score = 0 }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_value_type");
        CodeOf(await admin.Expect(Add(new { kind = "Benefit", categoryId = program.MarginId, valueType = "PriceList", priceListId = list, score = 0 }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_value_type");
        CodeOf(await admin.Expect(Add(new { kind = "Benefit", categoryId = category, valueType = "PriceList", score = 0 }), HttpStatusCode.BadRequest))
            .ShouldBe("validation_failed");
        CodeOf(await admin.Expect(Add(new { kind = "Benefit", categoryId = category, valueType = "PriceList", priceListId = Guid.NewGuid(), score = 0 }), HttpStatusCode.NotFound))
            .ShouldBe("not_found");
        CodeOf(await admin.Expect(Add(new { kind = "Benefit", categoryId = category, valueType = "PriceList", priceListId = personal, score = 0 }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_personal");
        CodeOf(await admin.Expect(
                admin.Post("/api/parameter-categories", new { name = $"Prices {Guid.NewGuid():N}", metric = "PriceList", defaultValueType = "String" }),
                HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_value_type");

        var added = await admin.Expect(Add(new { kind = "Benefit", categoryId = category, valueType = "PriceList", priceListId = list, score = 0 }), HttpStatusCode.Created);
        CodeOf(await admin.Expect(
                admin.Put($"/api/parameter-categories/{category}", new { name = "Price list", metric = "Margin", defaultValueType = "Decimal" }),
                HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_value_type");
        added["priceListId"]!.GetValue<string>().ShouldBe(list);
        var name = (await admin.GetJson($"/api/price-lists/{list}"))["list"]!["name"]!.GetValue<string>();
        added["displayValue"]!.GetValue<string>().ShouldBe(name);

        // A rename reaches the benefit's shown name; the delete of a referenced list is refused.
        var renamed = Name();
        await admin.Expect(admin.Put($"/api/price-lists/{list}", new { name = renamed }), HttpStatusCode.OK);
        Benefit(await admin.GetJson($"/api/partner-levels/{program.BronzeId}"), category)["displayValue"]!.GetValue<string>().ShouldBe(renamed);
        CodeOf(await admin.Expect(admin.Delete($"/api/price-lists/{list}"), HttpStatusCode.Conflict)).ShouldBe("price_list_in_use");
        await admin.Expect(admin.Delete($"/api/level-parameters/{added["id"]}"), HttpStatusCode.NoContent);
        await admin.Expect(admin.Delete($"/api/price-lists/{list}"), HttpStatusCode.NoContent);
    }

    [SkippableFact]
    public async Task ThePriceChain_UsesTheListOfThePartnershipsOwnBenefit_UntilTheLevelIsReapplied()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var partnership = await admin.GetJson($"/api/partnerships/{partner.PartnershipId}");
        var level = partnership["partnerLevelId"]!.GetValue<string>();
        var silver = (await admin.GetJson($"/api/partner-types/{partnership["partnerTypeId"]}/levels")).AsArray()
            .Single(l => l!["number"]!.GetValue<int>() == 2)!["id"]!.GetValue<string>();
        var category = await PriceListCategory(admin);
        var product = await Product(admin, 100m);
        var own = await LevelList(admin, level);
        var other = await LevelList(admin, silver);
        await admin.Expect(admin.Put($"/api/price-lists/{own}/lines/{product}", new { price = 80m }), HttpStatusCode.OK);
        await admin.Expect(admin.Put($"/api/price-lists/{other}/lines/{product}", new { price = 60m }), HttpStatusCode.OK);
        var otherName = (await admin.GetJson($"/api/price-lists/{other}"))["list"]!["name"]!.GetValue<string>();

        async Task<(string Source, long Price, string List)> Resolve()
        {
            var r = await admin.GetJson($"/api/price-lists/resolve?accountId={partner.AccountId}&productId={product}");
            return (r["source"]!.GetValue<string>(), r["priceMinor"]!.GetValue<long>(), r["priceListId"]!.GetValue<string>());
        }

        // No Price list benefit on the partnership: the level's own list, as before issue 10.
        (await Resolve()).ShouldBe(("LevelList", 8_000, own));

        // The template now points to another list: nothing changes until the level is re-applied (D16).
        var benefit = await admin.Expect(
            admin.Post($"/api/partner-levels/{level}/parameters", new { kind = "Benefit", categoryId = category, valueType = "PriceList", priceListId = other, score = 0 }),
            HttpStatusCode.Created);
        (await Resolve()).ShouldBe(("LevelList", 8_000, own));
        (await Preview(admin, level, partner.PartnershipId)).ShouldContain($"Price list (benefit): added, {otherName}");
        await admin.Expect(admin.Post($"/api/partner-levels/{level}/reapply"), HttpStatusCode.OK);
        (await Resolve()).ShouldBe(("LevelList", 6_000, other));

        // The copy carries the reference and every page shows the list's name.
        Benefit(await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"), category, "benefits")["displayValue"]!.GetValue<string>().ShouldBe(otherName);
        Benefit(await partner.Client.GetJson("/api/portal/program"), category, "benefits")["displayValue"]!.GetValue<string>().ShouldBe(otherName);
        var history = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}/history?pageSize=100"))["items"]!.AsArray();
        history.Single(h => h!["categoryName"]!.GetValue<string>() == "Price list")!["displayValue"]!.GetValue<string>().ShouldBe(otherName);
        CodeOf(await admin.Expect(admin.Delete($"/api/price-lists/{other}"), HttpStatusCode.Conflict)).ShouldBe("price_list_in_use");

        // Back to the own list in the template: again only a re-apply reaches the partner, and the history keeps both names.
        await admin.Expect(
            admin.Put($"/api/level-parameters/{benefit["id"]}", new { kind = "Benefit", categoryId = category, valueType = "PriceList", priceListId = own, score = 0 }),
            HttpStatusCode.OK);
        (await Resolve()).ShouldBe(("LevelList", 6_000, other));
        CodeOf(await admin.Expect(admin.Delete($"/api/price-lists/{other}"), HttpStatusCode.Conflict)).ShouldBe("price_list_in_use");
        (await Preview(admin, level, partner.PartnershipId)).ShouldContain($"Price list (benefit): {otherName} → {await ListName(admin, own)}");
        await admin.Expect(admin.Post($"/api/partner-levels/{level}/reapply"), HttpStatusCode.OK);
        (await Resolve()).ShouldBe(("LevelList", 8_000, own));
        history = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}/history?pageSize=100"))["items"]!.AsArray();
        history.Where(h => h!["categoryName"]!.GetValue<string>() == "Price list").Select(h => h!["displayValue"]!.GetValue<string>())
            .ShouldBe([(await admin.GetJson($"/api/price-lists/{own}"))["list"]!["name"]!.GetValue<string>(), otherName]);

        // No level nor partnership references the other list any more: it may go.
        await admin.Expect(admin.Delete($"/api/price-lists/{other}"), HttpStatusCode.NoContent);
    }

    [SkippableFact]
    public async Task TheConversion_MatchesOldTextByName_ThenTheLevelsList_KeepsTheRestAsText_AndIsIdempotent()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var other = await ProgramFixture.Create(admin);
        var category = await PriceListCategory(admin);
        var bronzeList = await LevelList(admin, program.BronzeId);
        var bronzeListName = await ListName(admin, bronzeList);
        var byName = await LevelList(admin, other.BronzeId);
        var byNameName = await ListName(admin, byName);

        async Task<string> AddBenefit(string level) =>
            (await admin.Expect(
                admin.Post($"/api/partner-levels/{level}/parameters", new { kind = "Benefit", categoryId = category, valueType = "PriceList", priceListId = bronzeList, score = 0 }),
                HttpStatusCode.Created))["id"]!.GetValue<string>();
        var fallbackRow = await AddBenefit(program.BronzeId);
        var nameRow = await AddBenefit(program.SilverId);
        var unmatchedRow = await AddBenefit(other.SilverId);
        var account = await PartnerAccount(admin);
        var partnershipId = (await admin.Expect(
            admin.Post("/api/partnerships", new { accountId = account, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var partnershipRow = Guid.Parse(Benefit(await admin.GetJson($"/api/partnerships/{partnershipId}"), category, "benefits")["parameterId"]!.GetValue<string>());

        // Back to the data of before issue 10: free text, no reference (the partnership's history held the same text).
        await Legacy("LevelParameters", "Id", Guid.Parse(fallbackRow), "List", "Some old name");                   // → Bronze's own list
        await Legacy("LevelParameters", "Id", Guid.Parse(nameRow), "String", $"  {byNameName.ToUpperInvariant()} "); // → by name
        await Legacy("LevelParameters", "Id", Guid.Parse(unmatchedRow), "List", "Gold partner prices");            // no match: kept
        await Legacy("PartnershipParameters", "Id", partnershipRow, "List", "Some old name");                      // → its level's list
        await Legacy("ParameterHistory", "ParameterId", partnershipRow, "List", "Some old name");

        var report = await Convert();
        report.LevelRows.ShouldBeGreaterThanOrEqualTo(3);
        report.PartnershipRows.ShouldBeGreaterThanOrEqualTo(1);
        report.Unmatched.ShouldContain(u => u.Contains(unmatchedRow, StringComparison.OrdinalIgnoreCase) && u.Contains("Gold partner prices"));
        report.Unmatched.ShouldNotContain(u => u.Contains(fallbackRow, StringComparison.OrdinalIgnoreCase) || u.Contains(nameRow, StringComparison.OrdinalIgnoreCase));

        async Task<JsonNode> Row(string level, string id) =>
            (await admin.GetJson($"/api/partner-levels/{level}"))["parameters"]!.AsArray().Single(p => p!["id"]!.GetValue<string>() == id)!;
        var fallback = await Row(program.BronzeId, fallbackRow);
        (fallback["priceListId"]!.GetValue<string>(), fallback["displayValue"]!.GetValue<string>()).ShouldBe((bronzeList, bronzeListName));
        var named = await Row(program.SilverId, nameRow);
        (named["priceListId"]!.GetValue<string>(), named["displayValue"]!.GetValue<string>()).ShouldBe((byName, byNameName));
        var unmatched = await Row(other.SilverId, unmatchedRow);
        unmatched["priceListId"].ShouldBeNull();
        unmatched["valueType"]!.GetValue<string>().ShouldBe("PriceList");
        unmatched["textValue"]!.GetValue<string>().ShouldBe("Gold partner prices");

        // The partnership's row references its level's list; the old text stays in its history and event log.
        Benefit(await admin.GetJson($"/api/partnerships/{partnershipId}"), category, "benefits")["displayValue"]!.GetValue<string>().ShouldBe(bronzeListName);
        var events = (await admin.GetJson($"/api/partnerships/{partnershipId}/events?pageSize=100"))["items"]!.AsArray();
        events.ShouldContain(e => e!["text"]!.GetValue<string>().Contains($"Some old name → {bronzeListName}"));
        var history = (await admin.GetJson($"/api/partnerships/{partnershipId}/history?pageSize=100"))["items"]!.AsArray()
            .Where(h => h!["categoryName"]!.GetValue<string>() == "Price list").ToList();
        history.Single(h => h!["validTo"] is null)!["displayValue"]!.GetValue<string>().ShouldBe(bronzeListName);
        history.Single(h => h!["validTo"] is not null)!["displayValue"]!.GetValue<string>().ShouldBe("Some old name");
        var product = await Product(admin, 10m);
        await admin.Expect(admin.Put($"/api/price-lists/{bronzeList}/lines/{product}", new { price = 7m }), HttpStatusCode.OK);
        (await admin.GetJson($"/api/price-lists/resolve?accountId={account}&productId={product}"))["priceListId"]!.GetValue<string>().ShouldBe(bronzeList);

        // Idempotent: a second start converts nothing and reports the same unmatched row.
        var again = await Convert();
        (again.LevelRows, again.PartnershipRows).ShouldBe((0, 0));
        again.Unmatched.ShouldContain(u => u.Contains(unmatchedRow, StringComparison.OrdinalIgnoreCase));
        (await admin.GetJson($"/api/partnerships/{partnershipId}/events?pageSize=100"))["items"]!.AsArray().Count.ShouldBe(events.Count);
    }

    // Sets a row back to the free text it held before issue 10 (through SQL: the model no longer writes such rows).
    private async Task Legacy(string table, string key, Guid id, string valueType, string text)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var sql = $"UPDATE \"{table}\" SET \"ValueType\" = {{0}}, \"TextValue\" = {{1}}, \"PriceListId\" = NULL WHERE \"{key}\" = {{2}}";
        await db.Database.ExecuteSqlRawAsync(sql, valueType, text, id);
    }

    private async Task<PriceListBenefitReport> Convert()
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PriceListBenefitConversion>().RunAsync(CancellationToken.None);
    }

    private static async Task<List<string>> Preview(ApiClient admin, string level, string partnershipId) =>
        [.. (await admin.GetJson($"/api/partner-levels/{level}/reapply-preview"))["changed"]!.AsArray()
            .Single(c => c!["partnershipId"]!.GetValue<string>() == partnershipId)!["changes"]!.AsArray().Select(c => c!.GetValue<string>())];

    private static async Task<string> ListName(ApiClient admin, string id) =>
        (await admin.GetJson($"/api/price-lists/{id}"))["list"]!["name"]!.GetValue<string>();

    private static string CodeOf(JsonNode body) => body["code"]!.GetValue<string>();

    private static JsonNode Benefit(JsonNode owner, string category, string property = "parameters") =>
        owner[property]!.AsArray().Single(p => p!["categoryId"]!.GetValue<string>() == category)!;

    private static async Task<string> PriceListCategory(ApiClient admin) =>
        (await admin.GetJson("/api/parameter-categories")).AsArray()
        .First(c => c!["metric"]!.GetValue<string>() == "PriceList")!["id"]!.GetValue<string>();

    private static string Name() => $"List {Guid.NewGuid():N}";

    private static Task<string> LevelList(ApiClient admin, string levelId) => PriceList(admin, new { name = Name(), kind = "Level", partnerLevelId = levelId });

    private static async Task<string> PriceList(ApiClient admin, object body) =>
        (await admin.Expect(admin.Post("/api/price-lists", body), HttpStatusCode.Created))["list"]!["id"]!.GetValue<string>();

    private static async Task<string> Product(ApiClient admin, decimal basePrice) =>
        (await admin.Expect(
            admin.Post("/api/products", new { code = $"P{Guid.NewGuid():N}"[..12].ToUpperInvariant(), name = $"Product {Guid.NewGuid():N}", unit = "pcs", basePrice }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task<string> PartnerAccount(ApiClient admin)
    {
        var owner = (await admin.GetJson("/api/employees?search=manager@partnerportal.local"))["items"]!.AsArray()
            .Single(e => e!["email"]!.GetValue<string>() == "manager@partnerportal.local")!["id"]!.GetValue<string>();
        return (await admin.Expect(admin.Post("/api/accounts", new { name = $"Account {Guid.NewGuid():N}", type = "Partner", ownerId = owner }), HttpStatusCode.Created))
            ["id"]!.GetValue<string>();
    }
}

public sealed class SqlitePriceListBenefitTests(SqliteApiFactory factory) : PriceListBenefitTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresPriceListBenefitTests(PostgresApiFactory factory) : PriceListBenefitTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerPriceListBenefitTests(SqlServerApiFactory factory) : PriceListBenefitTests<SqlServerApiFactory>(factory);
