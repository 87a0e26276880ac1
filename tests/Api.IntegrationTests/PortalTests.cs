using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Portal access: organizations, invitations, seats, the program page, and partner isolation.</summary>
public abstract class PortalTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private const string Password = "Portal123!pass";

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Invitation_EmailLinkSetsPassword_AndTheUserSeesTheirProgram()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var partner = await Onboard(admin);
        var program = await partner.Client.GetJson("/api/portal/program");
        var me = await partner.Client.GetJson("/api/auth/me");

        program["id"]!.GetValue<string>().ShouldBe(partner.PartnershipId);
        program["partnerLevelName"]!.GetValue<string>().ShouldBe("Bronze");
        program["levelNumber"]!.GetValue<int>().ShouldBe(1);
        program["levelCount"]!.GetValue<int>().ShouldBe(2);
        program["scoreLeft"]!.GetValue<int>().ShouldBe(80);
        program["missing"]!.AsArray().Select(m => m!.GetValue<string>()).ShouldBe(["10 more leads", "100,000.00 more of won opportunities"], ignoreOrder: true);
        program["missingSummary"]!.GetValue<string>().ShouldBe("10 more leads and 100,000.00 more of won opportunities to reach Silver.");
        program["nextLevelBenefits"]!.AsArray().Select(b => b!["displayValue"]!.GetValue<string>()).ShouldContain("15", "Silver's margin");
        program["partnerManager"]!["email"]!.GetValue<string>().ShouldBe("manager@partnerportal.local");
        program["benefits"]!.AsArray().Single()!["displayValue"]!.GetValue<string>().ShouldBe("10");
        me["kind"]!.GetValue<string>().ShouldBe("PortalUser");
        me["partner"]!["accountId"]!.GetValue<string>().ShouldBe(partner.AccountId);
        (await partner.Client.GetJson("/api/portal/program/history"))["items"]!.AsArray().Single()!["text"]!.GetValue<string>()
            .ShouldBe("Your partnership started at level Bronze");
    }

    [SkippableFact]
    public async Task ProgramHistory_IsAReadableTimeline_WithoutEmployeeNamesOrInternalRows()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);
        var leads = (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"))["obligations"]!.AsArray()
            .Single(o => o!["categoryName"]!.GetValue<string>() == "Leads number")!["currentParameterId"]!.GetValue<string>();
        await admin.Expect(admin.Put($"/api/partnerships/{partner.PartnershipId}/parameters/{leads}", new { numberValue = 4, overrideReason = "Imported" }), HttpStatusCode.OK);
        await admin.Expect(admin.Put($"/api/partnerships/{partner.PartnershipId}/parameters/{leads}", new { numberValue = 6, overrideReason = "Imported" }), HttpStatusCode.OK);

        var timeline = await partner.Client.GetJson("/api/portal/program/history");
        var text = timeline.ToJsonString();

        timeline["items"]!.AsArray().Select(e => e!["text"]!.GetValue<string>())
            .ShouldBe(["Leads number: 4 → 6", "Leads number: 0 → 4", "Your partnership started at level Bronze"]);
        text.ShouldNotContain("admin@partnerportal.local");
        text.ShouldNotContain("Admin");
        text.ShouldNotContain("changedBy");
        text.ShouldNotContain("score", Case.Insensitive);
        (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}/events"))["items"]![0]!["by"].ShouldNotBeNull("employees keep who acted");
    }

    [SkippableFact]
    public async Task InvitationLink_WorksOnce_AndExpiresAfterSevenDays()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);
        var stranger = Factory.Anonymous();
        await stranger.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        var reused = await stranger.Expect(stranger.Post($"/api/invitations/{partner.Token}/accept", new { password = Password }), HttpStatusCode.Conflict);
        var status = await stranger.GetJson($"/api/invitations/{partner.Token}");

        reused["code"]!.GetValue<string>().ShouldBe("invitation_used");
        status["status"]!.GetValue<string>().ShouldBe("Used");
        await stranger.Expect(stranger.Get("/api/invitations/not-a-real-link"), HttpStatusCode.NotFound);
        await stranger.Expect(stranger.Post("/api/invitations/not-a-real-link/accept", new { password = Password }), HttpStatusCode.NotFound);

        var resent = await admin.Expect(admin.Post($"/api/portal-users/{partner.UserId}/invite"), HttpStatusCode.OK);
        var token = Mailbox.InvitationToken(await Factory.Mail.WaitFor(partner.Email, atLeast: 2));
        Factory.WithDb(db => db.PortalUsers.IgnoreQueryFilters().Where(u => u.Id == Guid.Parse(partner.UserId))
            .ExecuteUpdate(u => u.SetProperty(x => x.InvitationExpiresAt, DateTime.UtcNow.AddDays(-1))));
        var expired = await stranger.Expect(stranger.Post($"/api/invitations/{token}/accept", new { password = Password }), HttpStatusCode.Conflict);

        resent["invitationStatus"]!.GetValue<string>().ShouldBe("Pending");
        (await stranger.GetJson($"/api/invitations/{token}"))["status"]!.GetValue<string>().ShouldBe("Expired");
        expired["code"]!.GetValue<string>().ShouldBe("invitation_expired");
    }

    [SkippableFact]
    public async Task AcceptingWithAWeakPassword_Is400OnPassword_AndTheLinkStillWorks()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin, accept: false);
        var visitor = Factory.Anonymous();
        await visitor.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        var weak = await visitor.Expect(visitor.Post($"/api/invitations/{partner.Token}/accept", new { password = "abcdefghijk" }), HttpStatusCode.BadRequest);

        weak["errors"]!["password"].ShouldNotBeNull();
        (await visitor.GetJson($"/api/invitations/{partner.Token}"))["status"]!.GetValue<string>().ShouldBe("Valid");
        await visitor.Expect(visitor.Post($"/api/invitations/{partner.Token}/accept", new { password = Password }), HttpStatusCode.OK);
    }

    [SkippableFact]
    public async Task Isolation_APartnerNeverSeesAnotherPartnersData()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await Onboard(admin);
        var b = await Onboard(admin);

        // Every portal endpoint, asked by B for A's resources.
        await b.Client.Expect(b.Client.Get($"/api/portal/partnerships/{a.PartnershipId}"), HttpStatusCode.NotFound);
        await b.Client.Expect(b.Client.Post($"/api/portal/organization/users/{a.UserId}/invite"), HttpStatusCode.NotFound);
        await b.Client.Expect(b.Client.Post($"/api/portal/organization/users/{a.UserId}/deactivate"), HttpStatusCode.NotFound);
        await b.Client.Expect(b.Client.Post($"/api/portal/organization/users/{a.UserId}/activate"), HttpStatusCode.NotFound);
        await b.Client.Expect(b.Client.Put($"/api/portal/organization/users/{a.UserId}/admin", new { isOrganizationAdmin = false }), HttpStatusCode.NotFound);
        var bProgram = await b.Client.GetJson("/api/portal/program");
        var bHistory = (await b.Client.GetJson("/api/portal/program/history"))["items"]!.AsArray();
        var bUsers = (await b.Client.GetJson("/api/portal/organization/users"))["items"]!.AsArray();
        var ownPartnership = await b.Client.GetJson($"/api/portal/partnerships/{b.PartnershipId}");

        bProgram["id"]!.GetValue<string>().ShouldBe(b.PartnershipId);
        bProgram["accountId"]!.GetValue<string>().ShouldBe(b.AccountId);
        ownPartnership["accountId"]!.GetValue<string>().ShouldBe(b.AccountId);
        var aEvents = (await admin.GetJson($"/api/partnerships/{a.PartnershipId}/events"))["items"]!.AsArray().Select(h => h!["id"]!.GetValue<string>()).ToHashSet();
        aEvents.ShouldNotBeEmpty();
        bHistory.ShouldNotBeEmpty();
        bHistory.ShouldNotContain(h => aEvents.Contains(h!["id"]!.GetValue<string>()));
        bUsers.Select(u => u!["email"]!.GetValue<string>()).ShouldBe([b.Email]);
        var takeover = await b.Client.Expect(
            b.Client.Post("/api/portal/organization/users", new { emails = new[] { a.Email }, makeAdmins = false }), HttpStatusCode.Conflict);
        takeover["code"]!.GetValue<string>().ShouldBe("email_not_available");
        (await admin.GetJson($"/api/accounts/{b.AccountId}/contacts"))["items"]!.AsArray().ShouldNotContain(c => c!["email"]!.GetValue<string>() == a.Email);
        (await admin.GetJson($"/api/portal-organizations/{a.OrganizationId}/users"))["items"]!.AsArray().Single()!["isActive"]!.GetValue<bool>().ShouldBeTrue();
    }

    [SkippableFact]
    public async Task PortalUsers_CannotUseTheBackOffice_AndEmployeesCannotUseThePortal()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);

        foreach (var url in new[] { "/api/partnerships", "/api/accounts", "/api/partner-types", $"/api/partnerships/{partner.PartnershipId}", "/api/license-pools" })
        {
            var problem = await partner.Client.Expect(partner.Client.Get(url), HttpStatusCode.Forbidden);
            problem["code"]!.GetValue<string>().ShouldBe("forbidden", url);
        }

        await partner.Client.Expect(partner.Client.Put($"/api/partnerships/{partner.PartnershipId}", new { name = "Mine now" }), HttpStatusCode.Forbidden);
        await admin.Expect(admin.Get("/api/portal/program"), HttpStatusCode.Forbidden);
        (await admin.GetJson($"/api/partnerships/{partner.PartnershipId}"))["name"]!.GetValue<string>().ShouldNotBe("Mine now");
    }

    [SkippableFact]
    public async Task Seats_AddingBeyondThePoolIs409_DeactivatingFreesASeat()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);
        var pool = (await admin.GetJson("/api/license-pools"))["items"]!.AsArray().Single()!;
        var poolId = pool["id"]!.GetValue<string>();
        var used = pool["used"]!.GetValue<int>();
        try
        {
            var below = await admin.Expect(admin.Put($"/api/license-pools/{poolId}", new { edition = "Partner portal cloud", seats = used - 1 }), HttpStatusCode.Conflict);
            await admin.Expect(admin.Put($"/api/license-pools/{poolId}", new { edition = "Partner portal cloud", seats = used }), HttpStatusCode.OK);

            var full = await admin.Expect(
                admin.Post($"/api/portal-organizations/{partner.OrganizationId}/users", new { emails = new[] { Email() }, makeAdmins = false, sendInvitations = false }),
                HttpStatusCode.Conflict);
            var byOrgAdmin = await partner.Client.Expect(
                partner.Client.Post("/api/portal/organization/users", new { emails = new[] { Email() }, makeAdmins = false }), HttpStatusCode.Conflict);
            await admin.Expect(admin.Post($"/api/portal-users/{partner.UserId}/deactivate"), HttpStatusCode.OK);
            var free = (await admin.GetJson("/api/license-pools"))["items"]!.AsArray().Single()!["free"]!.GetValue<int>();
            var reactivated = await admin.Expect(admin.Post($"/api/portal-users/{partner.UserId}/activate"), HttpStatusCode.OK);
            var stillFull = await admin.Expect(
                admin.Post($"/api/portal-organizations/{partner.OrganizationId}/users", new { emails = new[] { Email() }, makeAdmins = false, sendInvitations = false }),
                HttpStatusCode.Conflict);

            below["code"]!.GetValue<string>().ShouldBe("seats_below_usage");
            full["code"]!.GetValue<string>().ShouldBe("no_free_seat");
            byOrgAdmin["code"]!.GetValue<string>().ShouldBe("no_free_seat");
            free.ShouldBe(1);
            reactivated["isActive"]!.GetValue<bool>().ShouldBeTrue();
            stillFull["code"]!.GetValue<string>().ShouldBe("no_free_seat");
            (await admin.GetJson($"/api/portal-organizations/{partner.OrganizationId}/users"))["items"]!.AsArray().Count.ShouldBe(1, "refused adds store nothing");
        }
        finally
        {
            await admin.Expect(admin.Put($"/api/license-pools/{poolId}", new { edition = "Partner portal cloud", seats = 1000 }), HttpStatusCode.OK);
        }
    }

    [SkippableFact]
    public async Task DeactivatedUser_LosesAccessAtOnce_AndCannotSignIn()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);

        await admin.Expect(admin.Post($"/api/portal-users/{partner.UserId}/deactivate"), HttpStatusCode.OK);

        await partner.Client.Expect(partner.Client.Get("/api/portal/program"), HttpStatusCode.Forbidden);
        var again = Factory.Anonymous();
        await again.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        var refused = await again.Expect(again.Post("/api/auth/login", new { email = partner.Email, password = Password }), HttpStatusCode.BadRequest);
        refused["code"]!.GetValue<string>().ShouldBe("account_inactive");
    }

    [SkippableFact]
    public async Task MovedUser_SeesTheNewOrganizationsProgramOnly()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await Onboard(admin);
        var b = await Onboard(admin);

        var moved = await admin.Expect(admin.Post($"/api/portal-users/{a.UserId}/move", new { organizationId = b.OrganizationId }), HttpStatusCode.OK);

        moved["organizationId"]!.GetValue<string>().ShouldBe(b.OrganizationId);
        (await admin.GetJson($"/api/accounts/{b.AccountId}/contacts"))["items"]!.AsArray()
            .ShouldContain(c => c!["email"]!.GetValue<string>() == a.Email && c["hasPortalUser"]!.GetValue<bool>());
        (await a.Client.GetJson("/api/portal/program"))["id"]!.GetValue<string>().ShouldBe(b.PartnershipId);
        await a.Client.Expect(a.Client.Get($"/api/portal/partnerships/{a.PartnershipId}"), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task OrganizationAdmins_ManageColleagues_OthersAre403()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);
        var colleagueEmail = Email();

        var added = await partner.Client.Expect(
            partner.Client.Post("/api/portal/organization/users", new { emails = new[] { colleagueEmail }, makeAdmins = false }), HttpStatusCode.OK);
        var colleague = await Accept(Mailbox.InvitationToken(await Factory.Mail.WaitFor(colleagueEmail)));
        var forbidden = await colleague.Expect(colleague.Get("/api/portal/organization/users"), HttpStatusCode.Forbidden);
        var self = await partner.Client.Expect(partner.Client.Post($"/api/portal/organization/users/{partner.UserId}/deactivate"), HttpStatusCode.UnprocessableEntity);
        await partner.Client.Expect(partner.Client.Post($"/api/portal/organization/users/{added[0]!["id"]}/deactivate"), HttpStatusCode.OK);

        var overLimit = await partner.Client.Expect(
            partner.Client.Post("/api/portal/organization/users", new { emails = new[] { Email(), Email(), Email() }, makeAdmins = false }), HttpStatusCode.Conflict);

        forbidden["code"]!.GetValue<string>().ShouldBe("forbidden");
        self["code"]!.GetValue<string>().ShouldBe("cannot_deactivate_self");
        overLimit["code"]!.GetValue<string>().ShouldBe("organization_user_limit");
        await colleague.Expect(colleague.Get("/api/portal/program"), HttpStatusCode.Forbidden);
    }

    [SkippableFact]
    public async Task OrganizationAdmins_ReactivateColleagues_AndMakeThemAdmins_ButNotThemselves()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);
        var colleagueEmail = Email();
        var added = await partner.Client.Expect(
            partner.Client.Post("/api/portal/organization/users", new { emails = new[] { colleagueEmail }, makeAdmins = false }), HttpStatusCode.OK);
        var colleagueId = added[0]!["id"]!.GetValue<string>();
        await partner.Client.Expect(partner.Client.Post($"/api/portal/organization/users/{colleagueId}/deactivate"), HttpStatusCode.OK);

        var reactivated = await partner.Client.Expect(partner.Client.Post($"/api/portal/organization/users/{colleagueId}/activate"), HttpStatusCode.OK);
        var promoted = await partner.Client.Expect(
            partner.Client.Put($"/api/portal/organization/users/{colleagueId}/admin", new { isOrganizationAdmin = true }), HttpStatusCode.OK);
        var self = await partner.Client.Expect(
            partner.Client.Put($"/api/portal/organization/users/{partner.UserId}/admin", new { isOrganizationAdmin = false }), HttpStatusCode.UnprocessableEntity);

        reactivated["isActive"]!.GetValue<bool>().ShouldBeTrue();
        promoted["isOrganizationAdmin"]!.GetValue<bool>().ShouldBeTrue();
        self["code"]!.GetValue<string>().ShouldBe("cannot_change_own_admin");
        var users = (await admin.GetJson($"/api/portal-organizations/{partner.OrganizationId}/users"))["items"]!.AsArray();
        users.Single(u => u!["id"]!.GetValue<string>() == partner.UserId)!["isOrganizationAdmin"]!.GetValue<bool>().ShouldBeTrue();
        users.Single(u => u!["id"]!.GetValue<string>() == colleagueId)!["isActive"]!.GetValue<bool>().ShouldBeTrue();
    }

    [SkippableFact]
    public async Task OrganizationRules_OnePerAccount_PartnersOnly()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var partner = await Onboard(admin);
        var customer = (await admin.Expect(admin.Post("/api/accounts", new { name = $"Customer {Guid.NewGuid():N}", type = "Customer" }), HttpStatusCode.Created))["id"]!;

        var second = await admin.Expect(admin.Post($"/api/accounts/{partner.AccountId}/portal-organization"), HttpStatusCode.Conflict);
        var notPartner = await admin.Expect(admin.Post($"/api/accounts/{customer}/portal-organization"), HttpStatusCode.UnprocessableEntity);
        var badEmail = await admin.Expect(
            admin.Post($"/api/portal-organizations/{partner.OrganizationId}/users", new { emails = new[] { "not-an-email" }, makeAdmins = false, sendInvitations = false }),
            HttpStatusCode.BadRequest);
        var manager = await Factory.Manager();
        var wrongRole = await manager.Expect(manager.Post($"/api/accounts/{customer}/portal-organization"), HttpStatusCode.Forbidden);

        var bare = (await admin.Expect(admin.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner" }), HttpStatusCode.Created))["id"]!;
        await admin.Expect(admin.Post($"/api/accounts/{bare}/portal-organization"), HttpStatusCode.Created);
        var becomeCustomer = await admin.Expect(admin.Put($"/api/accounts/{bare}", new { name = "Renamed", type = "Customer" }), HttpStatusCode.Conflict);
        becomeCustomer["code"]!.GetValue<string>().ShouldBe("account_has_partnerships");
        second["code"]!.GetValue<string>().ShouldBe("organization_exists");
        notPartner["code"]!.GetValue<string>().ShouldBe("account_not_partner");
        badEmail["errors"]!["emails"].ShouldNotBeNull();
        wrongRole["code"]!.GetValue<string>().ShouldBe("forbidden");
    }

    [SkippableFact]
    public async Task Profile_ChangesNameAndPassword()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var partner = await Onboard(await Factory.Admin());

        var wrong = await partner.Client.Expect(
            partner.Client.Post("/api/auth/password", new { currentPassword = "nope-nope-1A!", newPassword = "Another123!pass" }), HttpStatusCode.BadRequest);
        await partner.Client.Expect(partner.Client.Post("/api/auth/password", new { currentPassword = Password, newPassword = "Another123!pass" }), HttpStatusCode.NoContent);
        var renamed = await partner.Client.Expect(partner.Client.Put("/api/auth/profile", new { displayName = "Pat Partner" }), HttpStatusCode.OK);

        wrong["errors"]!["currentPassword"].ShouldNotBeNull();
        renamed["displayName"]!.GetValue<string>().ShouldBe("Pat Partner");
        await Factory.SignedIn(partner.Email, "Another123!pass");
    }

    [SkippableFact]
    public async Task PortalUserManager_OpensOrganizationsAndInvites_ButCannotTouchPartnerships()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var account = (await admin.Expect(admin.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner" }), HttpStatusCode.Created))["id"]!;
        var staff = await Factory.SignedIn("portal.admin@partnerportal.local", "Portal123!demo");

        var partners = await staff.GetJson($"/api/accounts?type=Partner&pageSize=200");
        var organization = await staff.Expect(staff.Post($"/api/accounts/{account}/portal-organization"), HttpStatusCode.Created);
        var added = await staff.Expect(
            staff.Post($"/api/portal-organizations/{organization["id"]}/users", new { emails = new[] { Email() }, makeAdmins = true, sendInvitations = true }),
            HttpStatusCode.OK);
        var noPartnerships = await staff.Expect(staff.Get("/api/partnerships"), HttpStatusCode.Forbidden);
        var noAccountEdits = await staff.Expect(staff.Post("/api/accounts", new { name = "Nope", type = "Partner" }), HttpStatusCode.Forbidden);

        partners["items"]!.AsArray().ShouldContain(a => a!["id"]!.GetValue<string>() == account.GetValue<string>());
        added.AsArray().Single()!["invitationStatus"]!.GetValue<string>().ShouldBe("Pending");
        noPartnerships["code"]!.GetValue<string>().ShouldBe("forbidden");
        noAccountEdits["code"]!.GetValue<string>().ShouldBe("forbidden");
    }

    [SkippableFact]
    public async Task PickingAContact_MakesItAPortalUser_ContactsOfOtherAccountsAreRefused()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var a = await Onboard(admin);
        var b = await Onboard(admin);
        var contact = await admin.Expect(admin.Post($"/api/accounts/{a.AccountId}/contacts", new { name = "Rita Reseller", email = Email() }), HttpStatusCode.Created);
        var duplicate = await admin.Expect(
            admin.Post($"/api/accounts/{a.AccountId}/contacts", new { name = "Rita again", email = contact["email"]!.GetValue<string>() }), HttpStatusCode.Conflict);

        var foreign = await admin.Expect(
            admin.Post($"/api/portal-organizations/{b.OrganizationId}/users", new { contactIds = new[] { contact["id"] }, makeAdmins = false, sendInvitations = false }),
            HttpStatusCode.UnprocessableEntity);
        var picked = await admin.Expect(
            admin.Post($"/api/portal-organizations/{a.OrganizationId}/users", new { contactIds = new[] { contact["id"] }, makeAdmins = false, sendInvitations = true }),
            HttpStatusCode.OK);

        duplicate["code"]!.GetValue<string>().ShouldBe("duplicate_contact");
        foreign["code"]!.GetValue<string>().ShouldBe("contact_of_other_account");
        picked.AsArray().Single()!["displayName"]!.GetValue<string>().ShouldBe("Rita Reseller");
        (await Factory.Mail.WaitFor(contact["email"]!.GetValue<string>())).Subject.ShouldNotBeNull();
        (await admin.GetJson($"/api/accounts/{a.AccountId}/contacts"))["items"]!.AsArray()
            .Single(c => c!["id"]!.GetValue<string>() == contact["id"]!.GetValue<string>())!["hasPortalUser"]!.GetValue<bool>().ShouldBeTrue();
    }

    [SkippableFact]
    public async Task Contacts_ArePaged_WithTheirTotal_AndThePageSizeIsBounded()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var account = (await admin.Expect(
            admin.Post("/api/accounts", new { name = $"Paged {Guid.NewGuid():N}", type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        foreach (var name in new[] { "Cleo Contact", "Anna Contact", "Ben Contact" })
        {
            await admin.Expect(admin.Post($"/api/accounts/{account}/contacts", new { name, email = Email() }), HttpStatusCode.Created);
        }

        var first = await admin.GetJson($"/api/accounts/{account}/contacts?pageSize=2");
        var second = await admin.GetJson($"/api/accounts/{account}/contacts?pageSize=2&page=2");
        var found = await admin.GetJson($"/api/accounts/{account}/contacts?search=BEN");
        var tooSmall = await admin.Expect(admin.Get($"/api/accounts/{account}/contacts?pageSize=0"), HttpStatusCode.BadRequest);
        var tooLarge = await admin.Expect(admin.Get($"/api/accounts/{account}/contacts?pageSize=201"), HttpStatusCode.BadRequest);
        var noPage = await admin.Expect(admin.Get($"/api/accounts/{account}/contacts?page=0"), HttpStatusCode.BadRequest);

        static IEnumerable<string> Names(JsonNode page) => page["items"]!.AsArray().Select(c => c!["name"]!.GetValue<string>());
        Names(first).ShouldBe(["Anna Contact", "Ben Contact"]);
        first["page"]!.GetValue<int>().ShouldBe(1);
        first["pageSize"]!.GetValue<int>().ShouldBe(2);
        first["totalCount"]!.GetValue<int>().ShouldBe(3);
        Names(second).ShouldBe(["Cleo Contact"]);
        second["page"]!.GetValue<int>().ShouldBe(2);
        second["totalCount"]!.GetValue<int>().ShouldBe(3);
        Names(found).ShouldBe(["Ben Contact"]);
        found["totalCount"]!.GetValue<int>().ShouldBe(1);
        foreach (var problem in new[] { tooSmall, tooLarge })
        {
            problem["code"]!.GetValue<string>().ShouldBe("validation_failed");
            problem["errors"]!["pageSize"].ShouldNotBeNull();
        }

        noPage["code"]!.GetValue<string>().ShouldBe("validation_failed");
        noPage["errors"]!["page"].ShouldNotBeNull();
    }

    [SkippableFact]
    public async Task FiveWrongPasswords_LockTheLogin()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var partner = await Onboard(await Factory.Admin());
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        for (var i = 0; i < 5; i++)
        {
            await client.Expect(client.Post("/api/auth/login", new { email = partner.Email, password = "Wrong123!pass" }), HttpStatusCode.BadRequest);
        }

        var locked = await client.Expect(client.Post("/api/auth/login", new { email = partner.Email, password = Password }), HttpStatusCode.BadRequest);
        locked["code"]!.GetValue<string>().ShouldBe("invalid_credentials", "a locked login answers like a wrong password");
        (await client.Get("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task PortalOperation_WithAControlCharacter_Is400NamingTheField()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var partner = await Onboard(await Factory.Admin());

        var problem = await partner.Client.Expect(
            partner.Client.Post("/api/portal/organization/users", new { emails = new[] { "nul\u0000@partner.example" }, makeAdmins = false }),
            HttpStatusCode.BadRequest);

        var profile = await partner.Client.Expect(partner.Client.Put("/api/auth/profile", new { displayName = "Nul\u0000Name" }), HttpStatusCode.BadRequest);

        problem["code"]!.GetValue<string>().ShouldBe("validation_failed");
        problem["errors"]!["emails"].ShouldNotBeNull();
        profile["errors"]!["displayName"].ShouldNotBeNull();
    }

    private static string Email() => $"user.{Guid.NewGuid():N}@partner.example";

    private async Task<ApiClient> Accept(string token)
    {
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);
        await client.Expect(client.Post($"/api/invitations/{token}/accept", new { password = Password }), HttpStatusCode.OK);
        return client;
    }

    /// <summary>A new partner with an active Bronze partnership, a portal organization and one invited (admin) user.</summary>
    private async Task<PortalPartner> Onboard(ApiClient admin, bool accept = true)
    {
        var program = await ProgramFixture.Create(admin);
        var managerId = (await admin.GetJson("/api/employees?search=manager@partnerportal.local"))["items"]!.AsArray()
            .Single(e => e!["email"]!.GetValue<string>() == "manager@partnerportal.local")!["id"]!.GetValue<string>();
        var account = (await admin.Expect(
            admin.Post("/api/accounts", new { name = $"Partner {Guid.NewGuid():N}", type = "Partner", ownerId = managerId, emailDomain = "partner.example" }),
            HttpStatusCode.Created))["id"]!.GetValue<string>();
        var partnership = (await admin.Expect(
            admin.Post("/api/partnerships", new { accountId = account, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var organization = (await admin.Expect(admin.Post($"/api/accounts/{account}/portal-organization"), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var email = Email();
        var users = (await admin.Expect(
            admin.Post($"/api/portal-organizations/{organization}/users", new { emails = new[] { email }, makeAdmins = true, sendInvitations = true }),
            HttpStatusCode.OK)).AsArray();
        var message = await Factory.Mail.WaitFor(email);
        (message.Subject ?? string.Empty).ShouldContain("partner portal");
        var token = Mailbox.InvitationToken(message);
        var client = accept ? await Accept(token) : Factory.Anonymous();
        return new PortalPartner(account, partnership, organization, users.Single()!["id"]!.GetValue<string>(), email, token, client);
    }

    private sealed record PortalPartner(
        string AccountId, string PartnershipId, string OrganizationId, string UserId, string Email, string Token, ApiClient Client);
}

public sealed class SqlitePortalTests(SqliteApiFactory factory) : PortalTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresPortalTests(PostgresApiFactory factory) : PortalTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerPortalTests(SqlServerApiFactory factory) : PortalTests<SqlServerApiFactory>(factory);
