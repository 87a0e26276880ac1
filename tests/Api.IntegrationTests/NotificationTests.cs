using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// In-app notifications (the bell) and act-from-e-mail links (issue 9, section 6 item 6): every notice reaches its
/// recipients in the app and by e-mail; each person reads and marks only their own; the offer e-mail's Accept / Decline
/// links act without signing in, once, and a used link or an answered offer changes nothing.
/// </summary>
public abstract class NotificationTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Mine = "/api/notifications";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task AnOffer_NotifiesThePartnerInTheApp_TheAnswerNotifiesTheEmployee_AndEachMarksOnlyTheirOwnRead()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        await admin.Expect(admin.Post($"{Mine}/read-all"), HttpStatusCode.NoContent);
        var a = await PortalPartners.Onboard(Factory, admin);
        (await a.Client.GetJson($"{Mine}/summary"))["unread"]!.GetValue<int>().ShouldBe(0);

        var customer = $"Fabrikam {Guid.NewGuid():N}"[..20];
        var lead = await OfferTo(admin, a, customer);
        var unread = await a.Client.GetJson($"{Mine}?unreadOnly=true");
        var offered = unread["items"]!.AsArray().Single()!;
        offered["title"]!.GetValue<string>().ShouldBe($"A lead for you: {customer}");
        offered["body"]!.GetValue<string>().ShouldContain("Accept or decline it by");
        offered["link"]!.GetValue<string>().ShouldBe($"/portal/leads/{lead}");
        offered["readAt"].ShouldBeNull();
        (await a.Client.GetJson($"{Mine}/summary"))["unread"]!.GetValue<int>().ShouldBe(1);

        // Nobody else marks it read: not an employee, not another partner (404, and it stays unread).
        var b = await PortalPartners.Onboard(Factory, admin);
        var id = offered["id"]!.GetValue<string>();
        (await admin.Post($"{Mine}/{id}/read")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Client.Post($"{Mine}/{id}/read")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await b.Client.GetJson(Mine))["items"]!.AsArray().ShouldBeEmpty();
        (await a.Client.GetJson($"{Mine}/summary"))["unread"]!.GetValue<int>().ShouldBe(1);

        // A marks it read (twice: the first time stays), and the unread list and count drop it.
        await a.Client.Expect(a.Client.Post($"{Mine}/{id}/read"), HttpStatusCode.NoContent);
        var readAt = (await a.Client.GetJson(Mine))["items"]![0]!["readAt"]!.GetValue<DateTime>();
        await a.Client.Expect(a.Client.Post($"{Mine}/{id}/read"), HttpStatusCode.NoContent);
        (await a.Client.GetJson(Mine))["items"]![0]!["readAt"]!.GetValue<DateTime>().ShouldBe(readAt);
        (await a.Client.GetJson($"{Mine}/summary"))["unread"]!.GetValue<int>().ShouldBe(0);
        (await a.Client.GetJson($"{Mine}?unreadOnly=true"))["items"]!.AsArray().ShouldBeEmpty();

        // A accepts: the employee who created the lead is told in the app, with a link to the back-office page.
        await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/accept"), HttpStatusCode.OK);
        var told = (await admin.GetJson($"{Mine}?unreadOnly=true"))["items"]!.AsArray()
            .Single(n => n!["link"]?.GetValue<string>() == $"/leads/{lead}")!;
        told["title"]!.GetValue<string>().ShouldStartWith("Lead accepted by");

        // Keyset paging over the list, newest first, and read-all.
        var first = await admin.GetJson($"{Mine}?limit=1");
        first["items"]!.AsArray().Count.ShouldBe(1);
        first["items"]![0]!["id"]!.GetValue<string>().ShouldBe(told["id"]!.GetValue<string>());
        await admin.Expect(admin.Post($"{Mine}/read-all"), HttpStatusCode.NoContent);
        (await admin.GetJson($"{Mine}/summary"))["unread"]!.GetValue<int>().ShouldBe(0);
        (await admin.Get($"{Mine}?cursor=not-a-cursor")).StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        (await Factory.Anonymous().Get($"{Mine}/summary")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task AnUnansweredOffer_IsRemindedOnce_BeforeItsDeadline()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var customer = $"Litware {Guid.NewGuid():N}"[..20];
        var lead = await OfferTo(admin, a, customer);

        await RunReminders(TimeSpan.Zero);
        (await Reminders(a, customer)).ShouldBe(0, "48 hours before the deadline is too early");

        // 11 hours before the deadline (48 h - 37 h) the job reminds once; running again reminds no more.
        (await RunReminders(TimeSpan.FromHours(37))).ShouldBeGreaterThanOrEqualTo(1);
        await RunReminders(TimeSpan.FromHours(38));
        (await Reminders(a, customer)).ShouldBe(1);
        var mail = await Factory.Mail.WaitFor(a.Email, $"Reminder: answer the lead {customer}");
        Mailbox.ActionToken(mail, "Accept").ShouldNotBeNullOrEmpty("the reminder carries its own Accept link");
        (await a.Client.GetJson($"/api/portal/leads/{lead}"))["history"]!.AsArray().Select(e => e!["what"]!.GetValue<string>()).ShouldContain("Reminder sent");

        // The reminder moved nothing: the offer stays open until its deadline and is answered as before.
        await a.Client.Expect(a.Client.Post($"/api/portal/leads/{lead}/accept"), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task TheOfferEmailsLinks_ActWithoutSigningIn_Once_AndAUsedLinkOrAnAnsweredOfferChangesNothing()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await PortalPartners.Onboard(Factory, admin);
        var customer = $"Tailspin {Guid.NewGuid():N}"[..20];
        var lead = await OfferTo(admin, a, customer);
        var mail = await Factory.Mail.WaitFor(a.Email, $"A lead for you: {customer}");
        var accept = Mailbox.ActionToken(mail, "Accept");
        var decline = Mailbox.ActionToken(mail, "Decline");

        // Nobody is signed in: the page reads what the link would do, then does it.
        var anonymous = Factory.Anonymous();
        await anonymous.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        var before = await anonymous.GetJson($"/api/email-actions/{accept}");
        before["action"]!.GetValue<string>().ShouldBe("AcceptLeadOffer");
        before["state"]!.GetValue<string>().ShouldBe("Ready");
        before["customer"]!.GetValue<string>().ShouldBe(customer);
        before["leadId"]!.GetValue<string>().ShouldBe(lead);
        before.AsObject().Select(p => p.Key).ShouldNotContain("need", "the page tells no more than the e-mail did");
        var done = await anonymous.Expect(anonymous.Post($"/api/email-actions/{accept}"), HttpStatusCode.OK);
        done["state"]!.GetValue<string>().ShouldBe("Used");

        var held = await a.Client.GetJson($"/api/portal/leads/{lead}");
        held["partnerAccountId"]!.GetValue<string>().ShouldBe(a.AccountId);
        held["ownerId"]!.GetValue<string>().ShouldBe(a.UserId, "the action is the recipient's");
        held["history"]!.AsArray().ShouldContain(e => e!["what"]!.GetValue<string>() == "Offer accepted" && e["by"]!.GetValue<string>().EndsWith("(from e-mail)"));

        // Used once: again is 409 and changes nothing; the Decline link of the same e-mail finds the offer answered.
        await Problem(anonymous.Post($"/api/email-actions/{accept}"), HttpStatusCode.Conflict, "email_action_used");
        (await anonymous.GetJson($"/api/email-actions/{accept}"))["state"]!.GetValue<string>().ShouldBe("Used");
        (await anonymous.GetJson($"/api/email-actions/{decline}"))["state"]!.GetValue<string>().ShouldBe("Closed");
        await Problem(anonymous.Post($"/api/email-actions/{decline}", new { reason = "Too late" }), HttpStatusCode.Conflict, "lead_offer_invalid");
        (await a.Client.GetJson($"/api/portal/leads/{lead}"))["partnerAccountId"]!.GetValue<string>().ShouldBe(a.AccountId);
        (await anonymous.Get("/api/email-actions/not-a-link")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        // Declining from the e-mail needs a reason, like on the portal; then A's access ends.
        var second = $"Wingtip {Guid.NewGuid():N}"[..20];
        var lead2 = await OfferTo(admin, a, second);
        var declineSecond = Mailbox.ActionToken(await Factory.Mail.WaitFor(a.Email, $"A lead for you: {second}"), "Decline");
        await Problem(anonymous.Post($"/api/email-actions/{declineSecond}", new { }), HttpStatusCode.UnprocessableEntity, "required");
        (await anonymous.GetJson($"/api/email-actions/{declineSecond}"))["state"]!.GetValue<string>().ShouldBe("Ready", "the refused attempt used nothing");
        await anonymous.Expect(anonymous.Post($"/api/email-actions/{declineSecond}", new { reason = "No capacity this month" }), HttpStatusCode.OK);
        (await a.Client.Get($"/api/portal/leads/{lead2}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        var declined = (await admin.GetJson($"/api/leads/{lead2}"))["offers"]!.AsArray().Single(o => o!["partnerAccountId"]!.GetValue<string>() == a.AccountId)!;
        declined["state"]!.GetValue<string>().ShouldBe("Declined");
        declined["reason"]!.GetValue<string>().ShouldBe("No capacity this month");

        // A deactivated recipient's link no longer acts.
        var third = $"Proseware {Guid.NewGuid():N}"[..20];
        var lead3 = await OfferTo(admin, a, third);
        var acceptThird = Mailbox.ActionToken(await Factory.Mail.WaitFor(a.Email, $"A lead for you: {third}"), "Accept");
        await admin.Expect(admin.Post($"/api/portal-users/{a.UserId}/deactivate"), HttpStatusCode.OK);
        await Problem(anonymous.Post($"/api/email-actions/{acceptThird}"), HttpStatusCode.Conflict, "user_inactive");
        (await admin.GetJson($"/api/leads/{lead3}"))["partnerAccountId"].ShouldBeNull();
    }

    private static async Task<string> OfferTo(ApiClient admin, PortalPartner partner, string customer)
    {
        var lead = (await admin.Expect(admin.Post("/api/leads", new { companyName = customer, need = "Needs 10 seats", budget = 1000m }), HttpStatusCode.Created))["id"]!
            .GetValue<string>();
        await admin.Expect(admin.Post($"/api/leads/{lead}/offer", new { partnerAccountId = partner.AccountId }), HttpStatusCode.OK);
        return lead;
    }

    private static async Task<int> Reminders(PortalPartner partner, string customer) =>
        (await partner.Client.GetJson($"{Mine}?limit=200"))["items"]!.AsArray().Count(n => n!["title"]!.GetValue<string>().StartsWith($"Reminder: answer the lead {customer}"));

    private async Task<int> RunReminders(TimeSpan ahead)
    {
        using var scope = Factory.Services.CreateScope();
        var services = scope.ServiceProvider;
        return await new LeadOfferExpiry(
                services.GetRequiredService<ApplicationDbContext>(), services.GetRequiredService<LeadRouter>(), new ShiftedClock(ahead),
                services.GetRequiredService<IOptions<LeadOptions>>())
            .RemindDueAsync(CancellationToken.None);
    }

    private static async Task Problem(Task<HttpResponseMessage> send, HttpStatusCode status, string code)
    {
        var response = await send;
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.ShouldBe(status, body);
        JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe(code, body);
    }
}

public sealed class SqliteNotificationTests(SqliteApiFactory factory) : NotificationTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresNotificationTests(PostgresApiFactory factory) : NotificationTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerNotificationTests(SqlServerApiFactory factory) : NotificationTests<SqlServerApiFactory>(factory);
