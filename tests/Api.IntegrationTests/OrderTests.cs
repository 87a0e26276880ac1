using System.Net;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Orders (issue 10, D6): each line priced by the chain (personal list → level list → base list → product price) with
/// its source, the partner's margin as the default discount and an employee's override with a reason, totals exact to
/// the cent, the status flow and its refusals, a won opportunity becoming an order once, and bad input with stable codes.
/// </summary>
public abstract class OrderTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string BackOffice = "/api/orders";
    private const string Portal = "/api/portal/orders";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task EachLine_TakesItsPriceFromTheChain_WithItsSource_TheMarginDefault_AndTotalsExactToTheCent()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var level = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"))["partnerLevelId"]!.GetValue<string>();

        // Four products: one only the product priced, one on the base list, one also on the level's list, one also on
        // the partner's personal list.
        var own = await NewProduct(admin, 33.35m);
        var onBase = await NewProduct(admin, 50m);
        var onLevel = await NewProduct(admin, 50m);
        var personal = await NewProduct(admin, 50m);
        var baseList = await TheBaseList(admin);
        var levelList = await NewList(admin, new { kind = "Level", partnerLevelId = level });
        var personalList = await NewList(admin, new { kind = "Personal", accountId = partner.AccountId });
        foreach (var (list, product, price) in new[]
                 {
                     (baseList, onBase, 19.99m), (baseList, onLevel, 40m), (baseList, personal, 40m), (levelList, onLevel, 8.05m), (levelList, personal, 30m),
                     (personalList, personal, 70m),
                 })
        {
            await admin.Expect(admin.Put($"/api/price-lists/{list}/lines/{product}", new { price }), HttpStatusCode.OK);
        }

        var portal = partner.Client;
        var order = await portal.Expect(portal.Post(Portal, null), HttpStatusCode.Created);
        order["status"]!.GetValue<string>().ShouldBe("Draft");
        order["number"]!.GetValue<string>().ShouldStartWith("ORD-");
        order["partnerAccountId"]!.GetValue<string>().ShouldBe(partner.AccountId);
        var id = order["id"]!.GetValue<string>();
        foreach (var (product, quantity) in new[] { (own, 3), (onBase, 7), (onLevel, 1), (personal, 2) })
        {
            order = await portal.Expect(portal.Post($"{Portal}/{id}/lines", new { productId = product, quantity }), HttpStatusCode.OK);
        }

        // Margin 10 %: 100.05 → 90.045 → 90.05; 139.93 → 125.937 → 125.94; 8.05 → 7.245 → 7.25; 140.00 → 126.00.
        JsonNode Line(JsonNode o, string product) => o["lines"]!.AsArray().Single(l => l!["productId"]!.GetValue<string>() == product)!;
        void ShouldBeLine(JsonNode o, string product, string source, string? list, long unit, long total)
        {
            var line = Line(o, product);
            line["priceSource"]!.GetValue<string>().ShouldBe(source);
            (line["priceListId"]?.GetValue<string>()).ShouldBe(list);
            line["unitPriceMinor"]!.GetValue<long>().ShouldBe(unit);
            line["defaultDiscountPercent"]!.GetValue<decimal>().ShouldBe(10m);
            line["discountPercent"]!.GetValue<decimal>().ShouldBe(10m);
            line["totalMinor"]!.GetValue<long>().ShouldBe(total);
        }

        ShouldBeLine(order, own, "ProductPrice", null, 3_335, 9_005);
        ShouldBeLine(order, onBase, "BaseList", baseList, 1_999, 12_594);
        ShouldBeLine(order, onLevel, "LevelList", levelList, 805, 725);
        ShouldBeLine(order, personal, "PersonalList", personalList, 7_000, 12_600);
        order["subtotalMinor"]!.GetValue<long>().ShouldBe(10_005 + 13_993 + 805 + 14_000);
        order["totalMinor"]!.GetValue<long>().ShouldBe(9_005 + 12_594 + 725 + 12_600);
        order["total"]!.GetValue<decimal>().ShouldBe(349.24m);
        order["discountMinor"]!.GetValue<long>().ShouldBe(38_803 - 34_924);

        // A quantity change keeps the line's price even after the list changed; removing and adding re-prices.
        await admin.Expect(admin.Put($"/api/price-lists/{levelList}/lines/{onLevel}", new { price = 9m }), HttpStatusCode.OK);
        var onLevelLine = Line(order, onLevel)["id"]!.GetValue<string>();
        order = await portal.Expect(portal.Put($"{Portal}/{id}/lines/{onLevelLine}", new { quantity = 3 }), HttpStatusCode.OK);
        ShouldBeLine(order, onLevel, "LevelList", levelList, 805, 2_174); // 24.15 × 0.9 = 21.735 → 21.74
        order = await portal.Expect(portal.Delete($"{Portal}/{id}/lines/{onLevelLine}"), HttpStatusCode.OK);
        order["lines"]!.AsArray().Count.ShouldBe(3);
        order = await portal.Expect(portal.Post($"{Portal}/{id}/lines", new { productId = onLevel, quantity = 3 }), HttpStatusCode.OK);
        ShouldBeLine(order, onLevel, "LevelList", levelList, 900, 2_430);

        // D6: only an employee overrides a discount, and only with a reason; the line keeps who, when and why.
        var personalLine = Line(order, personal)["id"]!.GetValue<string>();
        await portal.Expect(portal.Put($"{BackOffice}/{id}/lines/{personalLine}", new { quantity = 2, discountPercent = 50m, discountReason = "Mine" }), HttpStatusCode.Forbidden);
        var sneaked = await portal.Put($"{Portal}/{id}/lines/{personalLine}", new { quantity = 2, discountPercent = 50m, discountReason = "Mine" });
        sneaked.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
        Line(await portal.GetJson($"{Portal}/{id}"), personal)["discountPercent"]!.GetValue<decimal>().ShouldBe(10m, "the portal's line change has no discount");
        (await admin.Expect(admin.Put($"{BackOffice}/{id}/lines/{personalLine}", new { quantity = 2, discountPercent = 25m }), HttpStatusCode.BadRequest))
            ["code"]!.GetValue<string>().ShouldBe("validation_failed");
        (await admin.Expect(admin.Put($"{BackOffice}/{id}/lines/{personalLine}", new { quantity = 2, discountPercent = 100.5m, discountReason = "x" }), HttpStatusCode.BadRequest))
            ["code"]!.GetValue<string>().ShouldBe("validation_failed");
        order = await admin.Expect(
            admin.Put($"{BackOffice}/{id}/lines/{personalLine}", new { quantity = 2, discountPercent = 12.5m, discountReason = "Launch deal" }), HttpStatusCode.OK);
        var overridden = Line(order, personal);
        overridden["discountPercent"]!.GetValue<decimal>().ShouldBe(12.5m);
        overridden["defaultDiscountPercent"]!.GetValue<decimal>().ShouldBe(10m);
        overridden["discountOverridden"]!.GetValue<bool>().ShouldBeTrue();
        overridden["discountOverrideReason"]!.GetValue<string>().ShouldBe("Launch deal");
        overridden["discountOverriddenBy"]!.GetValue<string>().ShouldNotBeNullOrEmpty();
        overridden["totalMinor"]!.GetValue<long>().ShouldBe(12_250);
        order["totalMinor"]!.GetValue<long>().ShouldBe(9_005 + 12_594 + 12_250 + 2_430);
        var seen = await portal.GetJson($"{Portal}/{id}");
        Line(seen, personal)["discountOverrideReason"]!.GetValue<string>().ShouldBe("Launch deal");
        Line(seen, personal)["discountOverriddenBy"].ShouldBeNull("a partner does not read employees' names");
        seen["totalMinor"]!.GetValue<long>().ShouldBe(order["totalMinor"]!.GetValue<long>());
        order["history"]!.AsArray()[0]!["note"]!.GetValue<string>().ShouldBe("Launch deal");
    }

    [SkippableFact]
    public async Task BadInput_IsRefusedWithStableCodes_NeverA500()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var portal = partner.Client;
        var product = await NewProduct(admin, 10m);
        var id = (await portal.Expect(portal.Post(Portal, null), HttpStatusCode.Created))["id"]!.GetValue<string>();

        async Task ShouldRefuse(Task<HttpResponseMessage> send, HttpStatusCode status, string code) =>
            (await portal.Expect(send, status))["code"]!.GetValue<string>().ShouldBe(code);

        await ShouldRefuse(portal.Post($"{Portal}/{id}/lines", new { productId = product, quantity = 0 }), HttpStatusCode.BadRequest, "validation_failed");
        await ShouldRefuse(portal.Post($"{Portal}/{id}/lines", new { productId = product, quantity = 10_001 }), HttpStatusCode.BadRequest, "validation_failed");
        await ShouldRefuse(portal.Post($"{Portal}/{id}/lines", new { productId = product, quantity = 1.5 }), HttpStatusCode.BadRequest, "malformed_request");
        await ShouldRefuse(portal.Post($"{Portal}/{id}/lines", new { productId = Guid.NewGuid(), quantity = 1 }), HttpStatusCode.NotFound, "not_found");
        await ShouldRefuse(portal.Post($"{Portal}/{Guid.NewGuid()}/lines", new { productId = product, quantity = 1 }), HttpStatusCode.NotFound, "not_found");
        await ShouldRefuse(portal.Post($"{Portal}/{id}/submit"), HttpStatusCode.UnprocessableEntity, "order_empty");
        var order = await portal.Expect(portal.Post($"{Portal}/{id}/lines", new { productId = product, quantity = 1 }), HttpStatusCode.OK);
        await ShouldRefuse(portal.Post($"{Portal}/{id}/lines", new { productId = product, quantity = 2 }), HttpStatusCode.Conflict, "order_line_exists");
        await ShouldRefuse(portal.Put($"{Portal}/{id}/lines/{Guid.NewGuid()}", new { quantity = 2 }), HttpStatusCode.UnprocessableEntity, "order_line_not_found");
        await ShouldRefuse(portal.Get($"{Portal}?status=Nope"), HttpStatusCode.BadRequest, "malformed_request");
        await ShouldRefuse(portal.Get($"{Portal}?sort=number"), HttpStatusCode.BadRequest, "validation_failed");

        // An inactive product is not added.
        var retired = await NewProduct(admin, 5m);
        var code = (await admin.GetJson($"/api/products/{retired}"))["code"]!.GetValue<string>();
        await admin.Expect(admin.Put($"/api/products/{retired}", new { code, name = "Retired", unit = "pcs", basePrice = 5m, isActive = false }), HttpStatusCode.OK);
        await ShouldRefuse(portal.Post($"{Portal}/{id}/lines", new { productId = retired, quantity = 1 }), HttpStatusCode.UnprocessableEntity, "product_inactive");

        // Back-office: orders are for partner accounts.
        (await admin.Expect(admin.Post(BackOffice, new { partnerAccountId = Guid.NewGuid() }), HttpStatusCode.NotFound))["code"]!.GetValue<string>().ShouldBe("not_found");
        var owner = (await admin.GetJson("/api/employees?search=manager@partnerportal.local"))["items"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var customer = (await admin.Expect(admin.Post("/api/accounts", new { name = $"Customer {Guid.NewGuid():N}", type = "Customer", ownerId = owner }), HttpStatusCode.Created))
            ["id"]!.GetValue<string>();
        (await admin.Expect(admin.Post(BackOffice, new { partnerAccountId = customer }), HttpStatusCode.UnprocessableEntity))
            ["code"]!.GetValue<string>().ShouldBe("order_partner_invalid");
        (await admin.Expect(admin.Post(BackOffice, new { partnerAccountId = Guid.Empty }), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        (await admin.Expect(admin.Get($"{BackOffice}?partnerAccountId={Guid.Empty}"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        order["lines"]!.AsArray().Count.ShouldBe(1);
    }

    [SkippableFact]
    public async Task TheStatusFlow_RunsDraftSubmittedConfirmedDelivered_AndRefusesEverythingElse()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var portal = partner.Client;
        var product = await NewProduct(admin, 10m);

        // An employee creates an order for the partner; the partner sees it.
        var created = await admin.Expect(admin.Post(BackOffice, new { partnerAccountId = partner.AccountId }), HttpStatusCode.Created);
        var id = created["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"{BackOffice}/{id}/lines", new { productId = product, quantity = 2 }), HttpStatusCode.OK);
        (await portal.GetJson($"{Portal}/{id}"))["lines"]!.AsArray().Count.ShouldBe(1);
        (await portal.Expect(portal.Post($"{Portal}/{id}/submit"), HttpStatusCode.OK))["status"]!.GetValue<string>().ShouldBe("Submitted");

        async Task ShouldConflict(ApiClient client, Task<HttpResponseMessage> send) =>
            (await client.Expect(send, HttpStatusCode.Conflict))["code"]!.GetValue<string>().ShouldBe("order_status_invalid");
        await ShouldConflict(portal, portal.Post($"{Portal}/{id}/lines", new { productId = await NewProduct(admin, 1m), quantity = 1 }));
        await ShouldConflict(admin, admin.Post($"{BackOffice}/{id}/deliver"));
        await ShouldConflict(portal, portal.Post($"{Portal}/{id}/submit"));
        (await admin.Expect(admin.Post($"{BackOffice}/{id}/confirm"), HttpStatusCode.OK))["status"]!.GetValue<string>().ShouldBe("Confirmed");
        await ShouldConflict(portal, portal.Post($"{Portal}/{id}/cancel", new { reason = "Too late for a partner" }));
        var delivered = await admin.Expect(admin.Post($"{BackOffice}/{id}/deliver"), HttpStatusCode.OK);
        delivered["status"]!.GetValue<string>().ShouldBe("Delivered");
        await ShouldConflict(admin, admin.Post($"{BackOffice}/{id}/cancel", new { reason = "Too late" }));
        delivered["history"]!.AsArray().Select(e => e!["what"]!.GetValue<string>()).Take(3)
            .ShouldBe(["Status Confirmed → Delivered", "Status Submitted → Confirmed", "Status Draft → Submitted"]);

        // The partner cancels its own draft; an employee cancels a confirmed one, with a reason.
        var draft = (await portal.Expect(portal.Post(Portal, null), HttpStatusCode.Created))["id"]!.GetValue<string>();
        (await portal.Expect(portal.Post($"{Portal}/{draft}/cancel"), HttpStatusCode.OK))["status"]!.GetValue<string>().ShouldBe("Cancelled");
        var confirmed = (await admin.Expect(admin.Post(BackOffice, new { partnerAccountId = partner.AccountId }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await admin.Expect(admin.Post($"{BackOffice}/{confirmed}/lines", new { productId = product, quantity = 1 }), HttpStatusCode.OK);
        await admin.Expect(admin.Post($"{BackOffice}/{confirmed}/submit"), HttpStatusCode.OK);
        await admin.Expect(admin.Post($"{BackOffice}/{confirmed}/confirm"), HttpStatusCode.OK);
        var cancelled = await admin.Expect(admin.Post($"{BackOffice}/{confirmed}/cancel", new { reason = "Customer withdrew" }), HttpStatusCode.OK);
        cancelled["status"]!.GetValue<string>().ShouldBe("Cancelled");
        cancelled["history"]!.AsArray()[0]!["note"]!.GetValue<string>().ShouldBe("Customer withdrew");

        // Lists: by status and partner, keyset paged, and the CSV export with the same filter.
        var mine = await portal.GetJson($"{Portal}?status=Cancelled");
        mine["items"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ShouldBe([confirmed, draft]);
        var page = await admin.GetJson($"{BackOffice}?partnerAccountId={partner.AccountId}&limit=2");
        page["items"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ShouldBe([confirmed, draft]);
        var next = await admin.GetJson($"{BackOffice}?partnerAccountId={partner.AccountId}&limit=2&cursor={Uri.EscapeDataString(page["nextCursor"]!.GetValue<string>())}");
        next["items"]!.AsArray().Select(o => o!["id"]!.GetValue<string>()).ShouldBe([id]);
        next["items"]!.AsArray()[0]!["lineCount"]!.GetValue<int>().ShouldBe(1);
        var csv = await (await admin.Get($"{BackOffice}/export?partnerAccountId={partner.AccountId}&status=Delivered")).Content.ReadAsStringAsync();
        csv.ShouldContain(delivered["number"]!.GetValue<string>());
        csv.ShouldNotContain(cancelled["number"]!.GetValue<string>());
    }

    [SkippableFact]
    public async Task AWonOpportunity_BecomesADraftOrderForItsPartner_Once()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        async Task<string> Opportunity(string stage) =>
            (await admin.Expect(
                admin.Post("/api/opportunities", new { name = $"Deal {Guid.NewGuid():N}", customer = "Customer", amount = 100m, partnerAccountId = partner.AccountId, ownerId = partner.UserId, stage }),
                HttpStatusCode.Created))["id"]!.GetValue<string>();

        var open = await Opportunity("Proposal");
        (await admin.Expect(admin.Post($"/api/opportunities/{open}/order"), HttpStatusCode.Conflict))["code"]!.GetValue<string>().ShouldBe("opportunity_not_won");
        var won = await Opportunity("ClosedWon");
        var order = await admin.Expect(admin.Post($"/api/opportunities/{won}/order"), HttpStatusCode.Created);
        order["opportunityId"]!.GetValue<string>().ShouldBe(won);
        order["partnerAccountId"]!.GetValue<string>().ShouldBe(partner.AccountId);
        order["status"]!.GetValue<string>().ShouldBe("Draft");
        (await admin.Expect(admin.Post($"/api/opportunities/{won}/order"), HttpStatusCode.Conflict))["code"]!.GetValue<string>().ShouldBe("opportunity_has_order");
        (await admin.Expect(admin.Post($"/api/opportunities/{Guid.NewGuid()}/order"), HttpStatusCode.NotFound))["code"]!.GetValue<string>().ShouldBe("not_found");
        await partner.Client.Expect(partner.Client.Post($"/api/opportunities/{won}/order"), HttpStatusCode.Forbidden);
        (await partner.Client.GetJson($"{Portal}/{order["id"]!.GetValue<string>()}"))["opportunityId"]!.GetValue<string>().ShouldBe(won);
    }

    [SkippableFact]
    public async Task ThePortalPicker_ListsActiveProductsWithoutTheBasePrice_AndQuotesThePartnersOwnPriceWithItsSource()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var other = await PortalPartners.Onboard(Factory, admin);
        var level = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"))["partnerLevelId"]!.GetValue<string>();
        var product = await NewProduct(admin, 50m);
        var retired = await NewProduct(admin, 5m);
        var code = (await admin.GetJson($"/api/products/{product}"))["code"]!.GetValue<string>();
        var retiredCode = (await admin.GetJson($"/api/products/{retired}"))["code"]!.GetValue<string>();
        await admin.Expect(admin.Put($"/api/products/{retired}", new { code = retiredCode, name = "Retired", unit = "pcs", basePrice = 5m, isActive = false }), HttpStatusCode.OK);
        var levelList = await NewList(admin, new { kind = "Level", partnerLevelId = level });
        var personalList = await NewList(admin, new { kind = "Personal", accountId = partner.AccountId });
        await admin.Expect(admin.Put($"/api/price-lists/{levelList}/lines/{product}", new { price = 42.5m }), HttpStatusCode.OK);
        var portal = partner.Client;

        // The picker: found by a prefix of its code, active only, no base price.
        var found = (await portal.GetJson($"/api/portal/products?search={code[..8]}"))["items"]!.AsArray();
        found.Select(p => p!["id"]!.GetValue<string>()).ShouldBe([product]);
        found[0]!["basePrice"].ShouldBeNull();
        found[0]!["basePriceMinor"].ShouldBeNull();
        (await portal.GetJson($"/api/portal/products?search={retiredCode}"))["items"]!.AsArray().Count.ShouldBe(0);

        // The quote is the partner's own price with its source and list, what the line then takes.
        var quote = await portal.GetJson($"/api/portal/products/price?productId={product}");
        quote["source"]!.GetValue<string>().ShouldBe("LevelList");
        quote["priceMinor"]!.GetValue<long>().ShouldBe(4_250);
        quote["priceListId"]!.GetValue<string>().ShouldBe(levelList);
        quote["accountId"]!.GetValue<string>().ShouldBe(partner.AccountId);
        var order = await portal.Expect(portal.Post(Portal, null), HttpStatusCode.Created);
        order = await portal.Expect(portal.Post($"{Portal}/{order["id"]!.GetValue<string>()}/lines", new { productId = product, quantity = 1 }), HttpStatusCode.OK);
        var line = order["lines"]!.AsArray().Single()!;
        line["unitPriceMinor"]!.GetValue<long>().ShouldBe(4_250);
        line["priceSource"]!.GetValue<string>().ShouldBe("LevelList");
        line["priceListName"]!.GetValue<string>().ShouldBe(quote["priceListName"]!.GetValue<string>());

        // A personal price wins; another partner (no level list, no personal list) gets the product's price.
        await admin.Expect(admin.Put($"/api/price-lists/{personalList}/lines/{product}", new { price = 40m }), HttpStatusCode.OK);
        (await portal.GetJson($"/api/portal/products/price?productId={product}"))["source"]!.GetValue<string>().ShouldBe("PersonalList");
        var theirs = await other.Client.GetJson($"/api/portal/products/price?productId={product}");
        theirs["accountId"]!.GetValue<string>().ShouldBe(other.AccountId);
        theirs["source"]!.GetValue<string>().ShouldNotBe("PersonalList");
        theirs["priceListId"]?.GetValue<string>().ShouldNotBe(personalList);

        (await portal.Expect(portal.Get($"/api/portal/products/price?productId={retired}"), HttpStatusCode.UnprocessableEntity))["code"]!.GetValue<string>().ShouldBe("product_inactive");
        (await portal.Expect(portal.Get($"/api/portal/products/price?productId={Guid.NewGuid()}"), HttpStatusCode.NotFound))["code"]!.GetValue<string>().ShouldBe("not_found");
        (await portal.Expect(portal.Get($"/api/portal/products/price?productId={Guid.Empty}"), HttpStatusCode.BadRequest))["code"]!.GetValue<string>().ShouldBe("validation_failed");
        await admin.Expect(admin.Get("/api/portal/products"), HttpStatusCode.Forbidden);
    }

    private static async Task<string> NewProduct(ApiClient admin, decimal basePrice) =>
        (await admin.Expect(
            admin.Post("/api/products", new { code = $"O{Guid.NewGuid():N}"[..12].ToUpperInvariant(), name = $"Order product {Guid.NewGuid():N}", unit = "pcs", basePrice }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task<string> NewList(ApiClient admin, object scope)
    {
        var body = JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(scope))!.AsObject();
        body["name"] = $"Order list {Guid.NewGuid():N}";
        return (await admin.Expect(admin.Post("/api/price-lists", body), HttpStatusCode.Created))["list"]!["id"]!.GetValue<string>();
    }

    private static async Task<string> TheBaseList(ApiClient admin)
    {
        var lists = (await admin.GetJson("/api/price-lists?kind=Base"))["items"]!.AsArray();
        return lists.Count > 0 ? lists[0]!["id"]!.GetValue<string>() : await NewList(admin, new { kind = "Base" });
    }
}

public sealed class SqliteOrderTests(SqliteApiFactory factory) : OrderTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresOrderTests(PostgresApiFactory factory) : OrderTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerOrderTests(SqlServerApiFactory factory) : OrderTests<SqlServerApiFactory>(factory);
