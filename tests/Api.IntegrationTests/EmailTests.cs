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

        var message = await factory.Mail.WaitFor(email);
        factory.Mail.OverSmtp.ShouldBeFalse();
        Directory.GetFiles(factory.Mail.Folder, "*.eml").ShouldNotBeEmpty();
        message.Subject.ShouldBe("Your invitation to the PartnerPortal partner portal");
        (message.TextBody ?? string.Empty).ShouldContain($"You sign in with this e-mail address: {email}");
        (message.TextBody ?? string.Empty).ShouldContain("as a member of Northwind Traders");
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
