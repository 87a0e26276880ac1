using System.Net;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// D12 for orders (issue 10): a partner's submission tells the partner manager who handles the account's orders; the
/// vendor's confirmation, delivery and cancellation tell the partner, in the app and by e-mail. A partner's own draft
/// cancellation tells no one.
/// </summary>
public abstract class OrderNotificationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Mine = "/api/notifications";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task ASubmittedOrder_TellsTheManager_AndTheVendorsDecisions_TellThePartner()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var manager = await Factory.Manager();
        var partner = await PortalPartners.Onboard(Factory, admin);
        var product = (await admin.Expect(
            admin.Post("/api/products", new { code = $"N{Guid.NewGuid():N}"[..12].ToUpperInvariant(), name = "Notified product", unit = "pcs", basePrice = 12.5m }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var portal = partner.Client;

        async Task<(string Id, string Number)> SubmittedOrder()
        {
            var order = await portal.Expect(portal.Post("/api/portal/orders", null), HttpStatusCode.Created);
            var id = order["id"]!.GetValue<string>();
            await portal.Expect(portal.Post($"/api/portal/orders/{id}/lines", new { productId = product, quantity = 2 }), HttpStatusCode.OK);
            await portal.Expect(portal.Post($"/api/portal/orders/{id}/submit"), HttpStatusCode.OK);
            return (id, order["number"]!.GetValue<string>());
        }

        async Task<List<JsonNode>> Notices(ApiClient client, string link) =>
            [.. (await client.GetJson($"{Mine}?limit=200"))["items"]!.AsArray().Where(n => n!["link"]?.GetValue<string>() == link).Select(n => n!)];

        // The partner submits: the account's partner manager is told, in the app and by e-mail; the partner is not.
        var (first, number) = await SubmittedOrder();
        var toManager = (await Notices(manager, $"/orders/{first}")).ShouldHaveSingleItem();
        toManager["title"]!.GetValue<string>().ShouldBe($"Order to confirm: {number}");
        toManager["body"]!.GetValue<string>().ShouldContain("22.50 EUR");
        (await Factory.Mail.WaitFor("manager@partnerportal.local", $"Order to confirm: {number}")).ShouldNotBeNull();
        (await Notices(portal, $"/portal/orders/{first}")).ShouldBeEmpty();

        // The vendor confirms and delivers: each step tells the partner's organization admins.
        await admin.Expect(admin.Post($"/api/orders/{first}/confirm"), HttpStatusCode.OK);
        await admin.Expect(admin.Post($"/api/orders/{first}/deliver"), HttpStatusCode.OK);
        (await Notices(portal, $"/portal/orders/{first}")).Select(n => n["title"]!.GetValue<string>())
            .ShouldBe([$"Your order was delivered: {number}", $"Your order was confirmed: {number}"]);
        (await Factory.Mail.WaitFor(partner.Email, $"Your order was delivered: {number}")).ShouldNotBeNull();
        (await Notices(manager, $"/orders/{first}")).Count.ShouldBe(1);

        // The vendor cancels a submitted order: the partner reads the reason.
        var (second, secondNumber) = await SubmittedOrder();
        await admin.Expect(admin.Post($"/api/orders/{second}/cancel", new { reason = "Product discontinued" }), HttpStatusCode.OK);
        var cancelled = (await Notices(portal, $"/portal/orders/{second}")).ShouldHaveSingleItem();
        cancelled["title"]!.GetValue<string>().ShouldBe($"Your order was cancelled: {secondNumber}");
        cancelled["body"]!.GetValue<string>().ShouldContain("Product discontinued");

        // A partner's own draft, created and cancelled, was never the vendor's business.
        var draft = (await portal.Expect(portal.Post("/api/portal/orders", null), HttpStatusCode.Created))["id"]!.GetValue<string>();
        await portal.Expect(portal.Post($"/api/portal/orders/{draft}/cancel", new { reason = "Changed my mind" }), HttpStatusCode.OK);
        (await Notices(manager, $"/orders/{draft}")).ShouldBeEmpty();
        (await Notices(portal, $"/portal/orders/{draft}")).ShouldBeEmpty();
    }
}

public sealed class SqliteOrderNotificationTests(SqliteApiFactory factory) : OrderNotificationTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresOrderNotificationTests(PostgresApiFactory factory) : OrderNotificationTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerOrderNotificationTests(SqlServerApiFactory factory) : OrderNotificationTests<SqlServerApiFactory>(factory);
