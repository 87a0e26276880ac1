using System.Net;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// The embedded default keeps e-mails as .eml files in an outbox folder. (Delivery over SMTP to a real server
/// process is exercised by every invitation test when test.sh runs aiosmtpd; <see cref="SmtpIsUsedUnderTestSh"/>
/// makes sure that is really the case there.)
/// </summary>
public sealed class EmailTests(EmailTests.OutboxFactory factory) : IClassFixture<EmailTests.OutboxFactory>
{
    [Fact]
    public async Task Invitation_OnTheEmbeddedDefault_IsAnEmlFileInTheOutbox()
    {
        var admin = await factory.Admin();
        var northwind = (await admin.GetJson("/api/accounts?type=Partner&search=Northwind"))["items"]![0]!["id"]!.GetValue<string>();
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{northwind}/portal-organization"), HttpStatusCode.Created))["id"]!;
        var email = $"outbox.{Guid.NewGuid():N}@northwind.example";

        await admin.Expect(admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = false, sendInvitations = true }), HttpStatusCode.OK);

        factory.Mail.OverSmtp.ShouldBeFalse();
        Directory.GetFiles(factory.Mail.Folder, "*.eml").ShouldNotBeEmpty();
        var message = await factory.Mail.WaitFor(email);
        message.Subject.ShouldBe("Your invitation to the Northwind Traders partner portal");
        Mailbox.InvitationToken(message).Length.ShouldBeGreaterThan(30);
        (message.HtmlBody ?? string.Empty).ShouldContain("http://localhost/invitation/");
    }

    [Fact]
    public void SmtpIsUsedUnderTestSh()
    {
        var underTestSh = Environment.GetEnvironmentVariable("PARTNERPORTAL_TEST_SMTP_PORT") is not null;

        Mailbox.ForTests().OverSmtp.ShouldBe(underTestSh);
    }

    public sealed class OutboxFactory : SqliteApiFactory
    {
        protected override bool UsesOutbox => true;
    }
}

/// <summary>When the mail server does not answer, inviting is a 503 with a code, and nothing is saved.</summary>
public sealed class UnreachableSmtpTests(UnreachableSmtpTests.Factory factory) : IClassFixture<UnreachableSmtpTests.Factory>
{
    [Fact]
    public async Task AddingUsersWithInvitations_IsA503_AndStoresNothing()
    {
        var admin = await factory.Admin();
        var contoso = (await admin.GetJson("/api/accounts?type=Partner&search=Contoso"))["items"]![0]!["id"]!.GetValue<string>();
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{contoso}/portal-organization"), HttpStatusCode.Created))["id"]!;

        var problem = await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { "nobody@contoso.example" }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.ServiceUnavailable);

        problem["code"]!.GetValue<string>().ShouldBe("email_unavailable");
        (await admin.GetJson($"/api/portal-organizations/{organization}/users")).AsArray().ShouldBeEmpty();
        (await admin.GetJson($"/api/accounts/{contoso}/contacts")).AsArray().ShouldNotContain(c => c!["email"]!.GetValue<string>() == "nobody@contoso.example");
    }

    public sealed class Factory : SqliteApiFactory
    {
        protected override void ConfigureWebHost(Microsoft.AspNetCore.Hosting.IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            using var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var closedPort = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            builder.UseSetting("Email:Mode", "Smtp");
            builder.UseSetting("Email:Host", "127.0.0.1");
            builder.UseSetting("Email:Port", closedPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
