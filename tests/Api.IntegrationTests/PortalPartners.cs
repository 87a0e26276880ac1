using System.Net;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>A partner as the portal tests need one: its records and a signed-in organization admin.</summary>
public sealed record PortalPartner(
    string AccountId, string PartnershipId, string OrganizationId, string UserId, string Email, string Token, ApiClient Client, string FundId);

/// <summary>Onboards partners through the API, as an employee would, for tests of the portal.</summary>
public static class PortalPartners
{
    public const string Password = "Portal123!pass";

    public static string Email() => $"user.{Guid.NewGuid():N}@partner.example";

    /// <summary>
    /// A new partner with an active Bronze partnership whose level grants a marketing fund (opened with the partnership,
    /// credited with <paramref name="fundBalance"/>), a portal organization at e-mail domain partner.example and one
    /// invited organization admin who set <see cref="Password"/>.
    /// </summary>
    /// <remarks>
    /// For lead routing: <paramref name="region"/> goes on the partner account; <paramref name="routingWeight"/> and
    /// <paramref name="offerCapacity"/> become benefits of its Bronze level, copied to the partnership.
    /// </remarks>
    public static async Task<PortalPartner> Onboard(
        ApiFactory factory, ApiClient admin, decimal fundBalance = 0m, string? region = null, decimal? routingWeight = null, int? offerCapacity = null,
        int? protectionDays = null)
    {
        var program = await ProgramFixture.Create(admin);
        var categories = (await admin.GetJson("/api/parameter-categories")).AsArray();
        string Category(string metric) => categories.First(c => c!["metric"]!.GetValue<string>() == metric)!["id"]!.GetValue<string>();
        await admin.Expect(
            admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new { kind = "Benefit", categoryId = Category("MarketingFundPercent"), valueType = "Decimal", numberValue = 1, score = 0 }),
            HttpStatusCode.Created);
        if (routingWeight is { } weight)
        {
            await admin.Expect(
                admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new { kind = "Benefit", categoryId = Category("LeadRoutingWeight"), valueType = "Decimal", numberValue = weight, score = 0 }),
                HttpStatusCode.Created);
        }

        if (offerCapacity is { } capacity)
        {
            await admin.Expect(
                admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new { kind = "Benefit", categoryId = Category("LeadOpenOfferCapacity"), valueType = "Integer", numberValue = capacity, score = 0 }),
                HttpStatusCode.Created);
        }

        if (protectionDays is { } days)
        {
            await admin.Expect(
                admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new { kind = "Benefit", categoryId = Category("DealProtectionDays"), valueType = "Integer", numberValue = days, score = 0 }),
                HttpStatusCode.Created);
        }

        var managerId = (await admin.GetJson("/api/employees?search=manager@partnerportal.local"))["items"]!.AsArray()
            .Single(e => e!["email"]!.GetValue<string>() == "manager@partnerportal.local")!["id"]!.GetValue<string>();
        var account = (await admin.Expect(
            admin.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner", ownerId = managerId, emailDomain = "partner.example", region }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var partnership = (await admin.Expect(
            admin.Post("/api/partnerships", new { accountId = account, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{account}/portal-organization"), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var email = Email();
        var users = (await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = true, sendInvitations = true }),
            HttpStatusCode.OK)).AsArray();
        var token = Mailbox.InvitationToken(await factory.Mail.WaitFor(email));
        var fund = (await admin.GetJson($"/api/partnerships/{partnership}/funds")).AsArray()
            .Single(f => f!["fundTypeCode"]!.GetValue<string>() == "Marketing")!["id"]!.GetValue<string>();
        if (fundBalance > 0)
        {
            await admin.Expect(
                admin.PostWithKey($"/api/funds/{fund}/credits", new { amount = fundBalance, description = "Campaign budget" }, Guid.NewGuid().ToString()),
                HttpStatusCode.Created);
        }

        return new PortalPartner(account, partnership, organization, users.Single()!["id"]!.GetValue<string>(), email, token, await Accept(factory, token), fund);
    }

    /// <summary>Accepts an invitation with <see cref="Password"/>; the client is then signed in.</summary>
    /// <summary>A colleague (not an organization admin) of <paramref name="partner"/>, added and invited by the partner's admin.</summary>
    public static async Task<PortalPartner> AddColleague(ApiFactory factory, PortalPartner partner)
    {
        var email = Email();
        var added = (await partner.Client.Expect(
            partner.Client.Post("/api/portal/organization/users", new { emails = new[] { email }, makeAdmins = false }), HttpStatusCode.OK)).AsArray();
        var token = Mailbox.InvitationToken(await factory.Mail.WaitFor(email));
        return partner with { UserId = added.Single()!["id"]!.GetValue<string>(), Email = email, Token = token, Client = await Accept(factory, token) };
    }

    public static async Task<ApiClient> Accept(ApiFactory factory, string token)
    {
        var client = factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        await client.Expect(client.Post($"/api/invitations/{token}/accept", new { password = Password }), HttpStatusCode.OK);
        return client;
    }
}
