using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Features.Products;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Issue 10: products, price lists and the price chain through the API (validation, resolution, isolation).</summary>
public abstract class PricingTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Products_AreValidatedAndUnique_ByTheirUpperCaseCode()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var code = Code();

        var created = await admin.Expect(
            admin.Post("/api/products", new { code = $" {code.ToLowerInvariant()} ", name = " CRM Professional ", unit = "licence", basePrice = 1234.5m }),
            HttpStatusCode.Created);
        created["code"]!.GetValue<string>().ShouldBe(code);
        created["name"]!.GetValue<string>().ShouldBe("CRM Professional");
        created["basePriceMinor"]!.GetValue<long>().ShouldBe(123_450);
        created["basePrice"]!.GetValue<decimal>().ShouldBe(1234.5m);
        created["currency"]!.GetValue<string>().ShouldBe("EUR");
        created["isActive"]!.GetValue<bool>().ShouldBeTrue();
        var id = created["id"]!.GetValue<string>();

        (await admin.Expect(admin.Post("/api/products", new { code = code.ToLowerInvariant(), name = "Other", unit = "pcs", basePrice = 1m }), HttpStatusCode.Conflict))
            ["code"]!.GetValue<string>().ShouldBe("duplicate_code");
        var other = await admin.Expect(admin.Post("/api/products", new { code = Code(), name = "Other", unit = "pcs", basePrice = 0m }), HttpStatusCode.Created);
        (await admin.Expect(admin.Put($"/api/products/{other["id"]}", new { code, name = "Other", unit = "pcs", basePrice = 0m, isActive = true }), HttpStatusCode.Conflict))
            ["code"]!.GetValue<string>().ShouldBe("duplicate_code");

        foreach (var bad in new object[]
                 {
                     new { code = "A B", name = "x", unit = "pcs", basePrice = 1m },
                     new { code = Code(), name = "", unit = "pcs", basePrice = 1m },
                     new { code = Code(), name = "x", unit = "", basePrice = 1m },
                     new { code = Code(), name = "x", unit = "pcs", basePrice = -1m },
                     new { code = Code(), name = "x", unit = "pcs", basePrice = 1.001m },
                     new { code = new string('A', 41), name = "x", unit = "pcs", basePrice = 1m },
                 })
        {
            (await admin.Expect(admin.Post("/api/products", bad), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        }

        (await admin.Expect(admin.Put($"/api/products/{Guid.NewGuid()}", new { code = Code(), name = "x", unit = "pcs", basePrice = 1m, isActive = true }), HttpStatusCode.NotFound))
            ["code"]!.GetValue<string>().ShouldBe("not_found");
        var updated = await admin.Expect(
            admin.Put($"/api/products/{id}", new { code = $"{code}-v2", name = "CRM Professional v2", unit = "licence", basePrice = 99.99m, isActive = false }),
            HttpStatusCode.OK);
        updated["code"]!.GetValue<string>().ShouldBe($"{code}-V2");
        updated["basePriceMinor"]!.GetValue<long>().ShouldBe(9_999);
        updated["isActive"]!.GetValue<bool>().ShouldBeFalse();

        var manager = await Factory.Manager();
        (await manager.GetJson($"/api/products/{id}"))["id"]!.GetValue<string>().ShouldBe(id);
        await manager.Expect(manager.Post("/api/products", new { code = Code(), name = "x", unit = "pcs", basePrice = 1m }), HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task ProductList_SearchesByPrefix_FiltersSortsAndPagesByKeyset()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var prefix = $"Q{Guid.NewGuid():N}"[..10].ToUpperInvariant();
        var name = $"N{Guid.NewGuid():N}"[..10];
        foreach (var (suffix, price) in new[] { ("A", 3m), ("B", 1m), ("C", 2m) })
        {
            await admin.Expect(
                admin.Post("/api/products", new { code = $"{prefix}-{suffix}", name = $"{name} {suffix}", unit = "pcs", basePrice = price }), HttpStatusCode.Created);
        }

        var unrelated = await admin.Expect(admin.Post("/api/products", new { code = Code(), name = $"Before {name}", unit = "pcs", basePrice = 1m }), HttpStatusCode.Created);

        async Task<List<string>> Codes(string query) =>
            [.. (await admin.GetJson($"/api/products?{query}"))["items"]!.AsArray().Select(p => p!["code"]!.GetValue<string>())];

        (await Codes($"search={prefix.ToLowerInvariant()}")).ShouldBe([$"{prefix}-A", $"{prefix}-B", $"{prefix}-C"]);
        (await Codes($"search={name.ToLowerInvariant()}")).ShouldBe([$"{prefix}-A", $"{prefix}-B", $"{prefix}-C"]);
        (await Codes($"search={prefix}&sort=-code")).ShouldBe([$"{prefix}-C", $"{prefix}-B", $"{prefix}-A"]);
        (await Codes($"search={prefix}&sort=basePrice")).ShouldBe([$"{prefix}-B", $"{prefix}-C", $"{prefix}-A"]);
        (await Codes($"search={name}&sort=-name")).ShouldBe([$"{prefix}-C", $"{prefix}-B", $"{prefix}-A"]);
        (await Codes($"search={prefix}-b")).ShouldBe([$"{prefix}-B"]);
        (await Codes($"search={unrelated["code"]}")).ShouldBe([unrelated["code"]!.GetValue<string>()]);

        var pages = new List<string>();
        string? cursor = null;
        do
        {
            var page = await admin.GetJson($"/api/products?search={prefix}&sort=name&limit=2{(cursor is null ? "" : $"&cursor={cursor}")}");
            pages.AddRange(page["items"]!.AsArray().Select(p => p!["code"]!.GetValue<string>()));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);
        pages.ShouldBe([$"{prefix}-A", $"{prefix}-B", $"{prefix}-C"]);

        var b = (await admin.GetJson($"/api/products?search={prefix}-B"))["items"]![0]!;
        await admin.Expect(
            admin.Put($"/api/products/{b["id"]}", new { code = $"{prefix}-B", name = $"{name} B", unit = "pcs", basePrice = 1m, isActive = false }), HttpStatusCode.OK);
        (await Codes($"search={prefix}&active=true")).ShouldBe([$"{prefix}-A", $"{prefix}-C"]);
        (await Codes($"search={prefix}&active=false")).ShouldBe([$"{prefix}-B"]);

        (await admin.Expect(admin.Get("/api/products?sort=price"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        (await admin.Expect(admin.Get("/api/products?limit=0"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        (await admin.Expect(admin.Get("/api/products?cursor=nonsense"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("cursor_invalid");
    }

    [SkippableFact]
    public async Task TheProductSearch_IsServedByTheIndexes_NotAScan()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        using var scope = Factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        await db.Database.OpenConnectionAsync();
        await using var command = ProductReader.Search(db.Products.AsNoTracking(), "crm").Select(p => p.Id).CreateDbCommand();
        var sqlite = db.Database.IsSqlite();
        if (!sqlite)
        {
            // A tiny table is cheapest to read whole; forbid that to see whether the indexes CAN serve the search.
            await using var noScan = db.Database.GetDbConnection().CreateCommand();
            noScan.CommandText = "SET enable_seqscan = off";
            await noScan.ExecuteNonQueryAsync();
        }

        command.CommandText = (sqlite ? "EXPLAIN QUERY PLAN " : "EXPLAIN ") + command.CommandText;
        var plan = new List<string>();
        await using (var reader = await command.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                plan.Add(reader.GetValue(sqlite ? 3 : 0).ToString()!);
            }
        }

        var text = string.Join("\n", plan);
        text.ShouldContain("IX_Products_Code", customMessage: text);
        text.ShouldContain("IX_Products_NormalizedName", customMessage: text);
        text.ShouldNotContain("SCAN Products", customMessage: text);
        text.ShouldNotContain("Seq Scan", customMessage: text);
    }

    [SkippableFact]
    public async Task AProductAPriceListNames_IsDeactivatedNotDeleted()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var unused = await Product(admin, 5m);
        await admin.Expect(admin.Delete($"/api/products/{unused}"), HttpStatusCode.NoContent);
        await admin.Expect(admin.Get($"/api/products/{unused}"), HttpStatusCode.NotFound);

        var priced = await Product(admin, 5m);
        var list = await PriceList(admin, "Personal", accountId: await PartnerAccount(admin));
        await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{priced}", new { price = 4m }), HttpStatusCode.OK);
        (await admin.Expect(admin.Delete($"/api/products/{priced}"), HttpStatusCode.Conflict))["code"]!.GetValue<string>().ShouldBe("product_in_use");
        (await admin.GetJson($"/api/products/{priced}"))["isActive"]!.GetValue<bool>().ShouldBeTrue();
        await admin.Expect(admin.Delete($"/api/products/{Guid.NewGuid()}"), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task ThePrice_ComesFromPersonalThenLevelThenBaseListThenTheProduct_WithTheMarginOfThePartnershipsOwnBenefit()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var level = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"))["partnerLevelId"]!.GetValue<string>();
        var product = await Product(admin, 100m);

        async Task<JsonNode> Resolve() => await admin.GetJson($"/api/price-lists/resolve?accountId={partner.AccountId}&productId={product}");
        async Task ShouldResolve(string source, long priceMinor, string? list)
        {
            var resolved = await Resolve();
            resolved["source"]!.GetValue<string>().ShouldBe(source);
            resolved["priceMinor"]!.GetValue<long>().ShouldBe(priceMinor);
            resolved["price"]!.GetValue<decimal>().ShouldBe(priceMinor / 100m);
            (resolved["priceListId"]?.GetValue<string>()).ShouldBe(list);
            resolved["partnershipId"]!.GetValue<string>().ShouldBe(partner.PartnershipId);
            resolved["partnerLevelId"]!.GetValue<string>().ShouldBe(level);
            resolved["defaultDiscountPercent"]!.GetValue<decimal>().ShouldBe(10m);
        }

        await ShouldResolve("ProductPrice", 10_000, null);
        var baseList = await BaseList(admin);
        await admin.Expect(admin.Put($"/api/price-lists/{baseList}/lines/{product}", new { price = 90m }), HttpStatusCode.OK);
        await ShouldResolve("BaseList", 9_000, baseList);
        var levelList = await PriceList(admin, "Level", levelId: level);
        await admin.Expect(admin.Put($"/api/price-lists/{levelList}/lines/{product}", new { price = 80.5m }), HttpStatusCode.OK);
        await ShouldResolve("LevelList", 8_050, levelList);
        var personal = await PriceList(admin, "Personal", accountId: partner.AccountId);
        var detail = await admin.Expect(admin.Put($"/api/price-lists/{personal}/lines/{product}", new { price = 70m }), HttpStatusCode.OK);
        detail["lines"]!.AsArray().Single()!["priceMinor"]!.GetValue<long>().ShouldBe(7_000);
        await ShouldResolve("PersonalList", 7_000, personal);

        await admin.Expect(admin.Delete($"/api/price-lists/{personal}/lines/{product}"), HttpStatusCode.NoContent);
        await ShouldResolve("LevelList", 8_050, levelList);
        await admin.Expect(admin.Delete($"/api/price-lists/{levelList}"), HttpStatusCode.NoContent);
        await ShouldResolve("BaseList", 9_000, baseList);

        // D16: the margin is the partnership's own Benefit row; a later edit of the level template does not reach it
        // until the level is re-applied.
        var categories = (await admin.GetJson("/api/parameter-categories")).AsArray();
        var margin = categories.First(c => c!["metric"]!.GetValue<string>() == "Margin")!["id"]!.GetValue<string>();
        var parameter = (await admin.GetJson($"/api/partner-levels/{level}"))["parameters"]!.AsArray()
            .Single(p => p!["categoryId"]!.GetValue<string>() == margin)!["id"]!.GetValue<string>();
        await admin.Expect(
            admin.Put($"/api/level-parameters/{parameter}", new { kind = "Benefit", categoryId = margin, valueType = "Decimal", numberValue = 12, score = 0 }),
            HttpStatusCode.OK);
        (await Resolve())["defaultDiscountPercent"]!.GetValue<decimal>().ShouldBe(10m);
        await admin.Expect(admin.Post($"/api/partner-levels/{level}/reapply"), HttpStatusCode.OK);
        (await Resolve())["defaultDiscountPercent"]!.GetValue<decimal>().ShouldBe(12m);

        // An account without an active partnership: no level list, no margin.
        var loose = await PartnerAccount(admin);
        var resolved = await admin.GetJson($"/api/price-lists/resolve?accountId={loose}&productId={product}");
        resolved["source"]!.GetValue<string>().ShouldBe("BaseList");
        resolved["partnershipId"].ShouldBeNull();
        resolved["defaultDiscountPercent"].ShouldBeNull();
    }

    [SkippableFact]
    public async Task DemoData_Northwind_GetsItsPersonalLevelAndBasePrices_AndItsBronzeMargin()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var northwind = (await manager.GetJson("/api/accounts?type=Partner&search=Northwind"))["items"]![0]!["id"]!.GetValue<string>();
        async Task<(string Source, long Price, string? List, decimal? Margin)> Resolve(string code)
        {
            var product = (await manager.GetJson($"/api/products?search={code}"))["items"]!.AsArray().Single(p => p!["code"]!.GetValue<string>() == code)!;
            var r = await manager.GetJson($"/api/price-lists/resolve?accountId={northwind}&productId={product["id"]}");
            return (r["source"]!.GetValue<string>(), r["priceMinor"]!.GetValue<long>(), r["priceListName"]?.GetValue<string>(),
                r["defaultDiscountPercent"]?.GetValue<decimal>());
        }

        (await Resolve("CRM-PRO")).ShouldBe(("PersonalList", 100_000, "Northwind Traders special prices", 10m));
        (await Resolve("CRM-ENT")).ShouldBe(("LevelList", 228_000, "Partner Bronze", 10m));
        (await Resolve("IMPL-DAY")).ShouldBe(("BaseList", 95_000, "Base price list", 10m));
    }

    [SkippableFact]
    public async Task ALevelListChange_ReachesOnlyThatLevelsPartners()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var b = await PortalPartners.Onboard(Factory, admin);
        var aPartnership = await admin.GetJson($"/api/partnerships/{a.PartnershipId}");
        var level = aPartnership["partnerLevelId"]!.GetValue<string>();

        // A second partner on A's level (same type, level 1).
        var sameLevel = await PartnerAccount(admin);
        await admin.Expect(
            admin.Post("/api/partnerships", new { accountId = sameLevel, partnerTypeId = aPartnership["partnerTypeId"]!.GetValue<string>(), isActive = true }),
            HttpStatusCode.Created);
        var product = await Product(admin, 50m);
        var list = await PriceList(admin, "Level", levelId: level);
        await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{product}", new { price = 40m }), HttpStatusCode.OK);
        await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{product}", new { price = 35m }), HttpStatusCode.OK);

        async Task<(string Source, long Price)> Resolve(string account)
        {
            var r = await admin.GetJson($"/api/price-lists/resolve?accountId={account}&productId={product}");
            return (r["source"]!.GetValue<string>(), r["priceMinor"]!.GetValue<long>());
        }

        (await Resolve(a.AccountId)).ShouldBe(("LevelList", 3_500));
        (await Resolve(sameLevel)).ShouldBe(("LevelList", 3_500));
        (await Resolve(b.AccountId)).ShouldBe(("ProductPrice", 5_000));
        (await admin.GetJson($"/api/price-lists/{list}"))["lines"]!.AsArray().Count.ShouldBe(1);
    }

    [SkippableFact]
    public async Task PriceLists_RefuseBadInput_WithStableCodes()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PartnerAccount(admin);
        var product = await Product(admin, 10m);
        static string CodeOf(JsonNode body) => body["code"]!.GetValue<string>();

        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Level", partnerLevelId = Guid.NewGuid() }), HttpStatusCode.NotFound))
            .ShouldBe("not_found");
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Level" }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_scope_invalid");
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Base", accountId = partner }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_scope_invalid");
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Personal", accountId = await CustomerAccount(admin) }), HttpStatusCode.UnprocessableEntity))
            .ShouldBe("price_list_scope_invalid");
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Nope" }), HttpStatusCode.BadRequest)).ShouldNotBeNullOrEmpty();
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = "", kind = "Base" }), HttpStatusCode.BadRequest)).ShouldBe("validation_failed");

        var name = Name();
        var list = (await admin.Expect(admin.Post("/api/price-lists", new { name, kind = "Personal", accountId = partner }), HttpStatusCode.Created))["list"]!["id"]!.GetValue<string>();
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Personal", accountId = partner }), HttpStatusCode.Conflict))
            .ShouldBe("price_list_exists");
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = $" {name.ToUpperInvariant()} ", kind = "Personal", accountId = await PartnerAccount(admin) }), HttpStatusCode.Conflict))
            .ShouldBe("duplicate_name");
        await BaseList(admin);
        CodeOf(await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind = "Base" }), HttpStatusCode.Conflict)).ShouldBe("price_list_exists");

        CodeOf(await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{Guid.NewGuid()}", new { price = 1m }), HttpStatusCode.NotFound)).ShouldBe("not_found");
        CodeOf(await admin.Expect(admin.Put($"/api/price-lists/{Guid.NewGuid()}/lines/{product}", new { price = 1m }), HttpStatusCode.NotFound)).ShouldBe("not_found");
        CodeOf(await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{product}", new { price = 1.001m }), HttpStatusCode.BadRequest)).ShouldBe("validation_failed");
        CodeOf(await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{product}", new { price = -1m }), HttpStatusCode.BadRequest)).ShouldBe("validation_failed");
        CodeOf(await admin.Expect(admin.Delete($"/api/price-lists/{list}/lines/{product}"), HttpStatusCode.UnprocessableEntity)).ShouldBe("price_list_line_not_found");
        CodeOf(await admin.Expect(admin.Put($"/api/price-lists/{Guid.NewGuid()}", new { name = Name() }), HttpStatusCode.NotFound)).ShouldBe("not_found");
        var renamed = await admin.Expect(admin.Put($"/api/price-lists/{list}", new { name = $"{name} renamed" }), HttpStatusCode.OK);
        renamed["list"]!["name"]!.GetValue<string>().ShouldBe($"{name} renamed");
        renamed["list"]!["kind"]!.GetValue<string>().ShouldBe("Personal");
        renamed["list"]!["accountId"]!.GetValue<string>().ShouldBe(partner);

        var inactive = await Product(admin, 1m);
        await admin.Expect(
            admin.Put($"/api/products/{inactive}", new { code = CodeOf(await admin.GetJson($"/api/products/{inactive}")), name = "x", unit = "pcs", basePrice = 1m, isActive = false }),
            HttpStatusCode.OK);
        CodeOf(await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{inactive}", new { price = 1m }), HttpStatusCode.UnprocessableEntity)).ShouldBe("product_inactive");
        CodeOf(await admin.Expect(admin.Get($"/api/price-lists/resolve?accountId={partner}&productId={inactive}"), HttpStatusCode.UnprocessableEntity)).ShouldBe("product_inactive");
        CodeOf(await admin.Expect(admin.Get($"/api/price-lists/resolve?accountId={Guid.NewGuid()}&productId={product}"), HttpStatusCode.NotFound)).ShouldBe("not_found");
        CodeOf(await admin.Expect(admin.Get($"/api/price-lists/resolve?accountId={partner}&productId={Guid.NewGuid()}"), HttpStatusCode.NotFound)).ShouldBe("not_found");
        (await admin.Expect(admin.Get($"/api/price-lists/resolve?accountId={partner}"), HttpStatusCode.BadRequest))["code"].ShouldNotBeNull();
        (await admin.Expect(admin.Get($"/api/price-lists/resolve?accountId=nope&productId={product}"), HttpStatusCode.BadRequest))["code"].ShouldNotBeNull();

        var listed = await admin.GetJson($"/api/price-lists?kind=Personal&accountId={partner}");
        listed["items"]!.AsArray().Single()!["id"]!.GetValue<string>().ShouldBe(list);
        (await admin.GetJson($"/api/price-lists?search={name[..8].ToLowerInvariant()}"))["items"]!.AsArray().Select(l => l!["id"]!.GetValue<string>()).ShouldContain(list);
        await admin.Expect(admin.Delete($"/api/price-lists/{list}"), HttpStatusCode.NoContent);
        await admin.Expect(admin.Get($"/api/price-lists/{list}"), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task PortalUsers_CannotReachProductsOrPriceLists()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var product = await Product(admin, 10m);
        var portal = partner.Client;

        await portal.Expect(portal.Get("/api/products"), HttpStatusCode.Forbidden);
        await portal.Expect(portal.Get($"/api/products/{product}"), HttpStatusCode.Forbidden);
        await portal.Expect(portal.Post("/api/products", new { code = Code(), name = "x", unit = "pcs", basePrice = 1m }), HttpStatusCode.Forbidden);
        await portal.Expect(portal.Get("/api/price-lists"), HttpStatusCode.Forbidden);
        await portal.Expect(portal.Get($"/api/price-lists/resolve?accountId={partner.AccountId}&productId={product}"), HttpStatusCode.Forbidden);
        await portal.Expect(portal.Post("/api/price-lists", new { name = Name(), kind = "Personal", accountId = partner.AccountId }), HttpStatusCode.Forbidden);
        (await admin.GetJson($"/api/price-lists?accountId={partner.AccountId}"))["items"]!.AsArray().ShouldBeEmpty();
    }

    private static string Code() => $"T{Guid.NewGuid():N}"[..12].ToUpperInvariant();

    private static string Name() => $"List {Guid.NewGuid():N}";

    private static async Task<string> Product(ApiClient admin, decimal basePrice) =>
        (await admin.Expect(admin.Post("/api/products", new { code = Code(), name = $"Product {Guid.NewGuid():N}", unit = "pcs", basePrice }), HttpStatusCode.Created))
        ["id"]!.GetValue<string>();

    private static async Task<string> PriceList(ApiClient admin, string kind, string? levelId = null, string? accountId = null) =>
        (await admin.Expect(admin.Post("/api/price-lists", new { name = Name(), kind, partnerLevelId = levelId, accountId }), HttpStatusCode.Created))
        ["list"]!["id"]!.GetValue<string>();

    // The installation has one base list; the tests of a class share it (each prices its own products).
    private static async Task<string> BaseList(ApiClient admin)
    {
        var existing = (await admin.GetJson("/api/price-lists?kind=Base"))["items"]!.AsArray();
        return existing.Count > 0 ? existing[0]!["id"]!.GetValue<string>() : await PriceList(admin, "Base");
    }

    private static Task<string> PartnerAccount(ApiClient admin) => Account(admin, "Partner");

    private static Task<string> CustomerAccount(ApiClient admin) => Account(admin, "Customer");

    private static async Task<string> Account(ApiClient admin, string type)
    {
        var owner = (await admin.GetJson("/api/employees?search=manager@partnerportal.local"))["items"]!.AsArray()
            .Single(e => e!["email"]!.GetValue<string>() == "manager@partnerportal.local")!["id"]!.GetValue<string>();
        return (await admin.Expect(admin.Post("/api/accounts", new { name = $"Account {Guid.NewGuid():N}", type, ownerId = owner }), HttpStatusCode.Created))
            ["id"]!.GetValue<string>();
    }
}

public sealed class SqlitePricingTests(SqliteApiFactory factory) : PricingTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresPricingTests(PostgresApiFactory factory) : PricingTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerPricingTests(SqlServerApiFactory factory) : PricingTests<SqlServerApiFactory>(factory);
