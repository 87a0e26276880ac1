using System.Net;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>The API's behaviour, run against each database provider (see the sealed subclasses at the end).</summary>
public abstract class ApiTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    private static readonly string Today = DateOnly.FromDateTime(DateTime.UtcNow).ToString("yyyy-MM-dd");

    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task Anonymous_GetPartnerships_Is401Problem()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);

        var problem = await Factory.Anonymous().Expect(Factory.Anonymous().Get("/api/partnerships"), HttpStatusCode.Unauthorized);

        problem["code"]!.GetValue<string>().ShouldBe("unauthenticated");
    }

    [SkippableFact]
    public async Task EveryListAndLookup_AnswersWithTheSeededData()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();

        var types = (await manager.GetJson("/api/partner-types")).AsArray();
        var reseller = types.Single(t => t!["name"]!.GetValue<string>() == "Reseller")!;
        var levels = (await manager.GetJson($"/api/partner-types/{reseller["id"]}/levels")).AsArray();
        var categories = (await manager.GetJson("/api/parameter-categories")).AsArray();
        var employees = (await manager.GetJson("/api/employees"))["items"]!.AsArray();
        var partners = await manager.GetJson("/api/accounts?type=Partner&pageSize=100");
        var reseller2 = await manager.GetJson($"/api/partner-types/{reseller["id"]}");

        reseller["levelCount"]!.GetValue<int>().ShouldBe(3);
        reseller2["name"]!.GetValue<string>().ShouldBe("Reseller");
        levels.Select(l => l!["name"]!.GetValue<string>()).ShouldBe(["Bronze", "Silver", "Platinum"]);
        levels[0]!["parameters"]!.AsArray().Count.ShouldBe(5);
        categories.Count.ShouldBeGreaterThanOrEqualTo(7);
        employees.Select(e => e!["email"]!.GetValue<string>())
            .ShouldBe(["admin@partnerportal.local", "manager@partnerportal.local", "portal.admin@partnerportal.local", "finance@partnerportal.local"], ignoreOrder: true);
        partners["items"]!.AsArray().ShouldContain(a => a!["name"]!.GetValue<string>() == "Northwind Traders" && a["ownerName"]!.GetValue<string>() == "Max Manager");
        partners["items"]!.AsArray().ShouldAllBe(a => a!["type"]!.GetValue<string>() == "Partner");
    }

    [SkippableFact]
    public async Task SignIn_WithWrongPassword_Is400InvalidCredentials()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var client = Factory.Anonymous();
        await client.Send(HttpMethod.Get, "/api/auth/antiforgery", null);

        var problem = await client.Expect(client.Post("/api/auth/login", new { email = "admin@partnerportal.local", password = "wrong-password" }), HttpStatusCode.BadRequest);

        problem["code"]!.GetValue<string>().ShouldBe("invalid_credentials");
        (await client.Get("/api/auth/me")).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);
    }

    [SkippableFact]
    public async Task SignedIn_Me_ShowsNameAndRole()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();

        var me = await manager.GetJson("/api/auth/me");

        me["displayName"]!.GetValue<string>().ShouldBe("Max Manager");
        me["roles"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["PartnerManager"]);
        me["permissions"]!.AsArray().Select(r => r!.GetValue<string>()).ShouldBe(["program.read", "partners.read", "partners.write", "funds.read", "funds.write"]);
        me["currency"]!.GetValue<string>().ShouldBe("EUR", "the installation currency (D5) the SPA shows amounts in");
    }

    [SkippableFact]
    public async Task Me_PublishesThePermissions_TheApiEnforces_ForEachRole()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);

        var admin = await (await Factory.Admin()).GetJson("/api/auth/me");
        var portalManager = await (await Factory.SignedIn("portal.admin@partnerportal.local", "Portal123!demo")).GetJson("/api/auth/me");
        var finance = await (await Factory.SignedIn("finance@partnerportal.local", "Finance123!demo")).GetJson("/api/auth/me");

        Permissions(admin).ShouldBe(
            ["program.read", "program.write", "partners.read", "partners.write", "portal-access.manage", "funds.read", "funds.write", "funds.overdraw", "admin"]);
        Permissions(portalManager).ShouldBe(["program.read", "portal-access.manage"]);
        Permissions(finance).ShouldBe(["program.read", "partners.read", "funds.read", "funds.write", "funds.overdraw"]);

        static string[] Permissions(System.Text.Json.Nodes.JsonNode me) =>
            [.. me["permissions"]!.AsArray().Select(r => r!.GetValue<string>())];
    }

    [SkippableFact]
    public async Task PartnerManager_CreatingAPartnerType_Is403_AndNothingIsStored()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var name = Unique("Forbidden type");

        var problem = await manager.Expect(manager.Post("/api/partner-types", new { name }), HttpStatusCode.Forbidden);

        problem["code"]!.GetValue<string>().ShouldBe("forbidden");
        problem["title"]!.GetValue<string>().ShouldBe("You do not have permission to do this.");
        Factory.WithDb(db => db.PartnerTypes.Any(t => t.Name == name)).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task CookiePost_WithoutAntiforgeryHeader_Is400_AndNothingIsStored()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        admin.Http.DefaultRequestHeaders.Remove("X-XSRF-TOKEN");
        var name = Unique("Forged type");

        var problem = await admin.Expect(admin.Post("/api/partner-types", new { name }), HttpStatusCode.BadRequest);

        problem["code"]!.GetValue<string>().ShouldBe("antiforgery_token_invalid");
        Factory.WithDb(db => db.PartnerTypes.Any(t => t.Name == name)).ShouldBeFalse();
    }

    [SkippableFact]
    public async Task CreatePartnerType_WithEmptyName_Is400WithTheFieldError()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();

        var problem = await admin.Expect(admin.Post("/api/partner-types", new { name = "", description = "x" }), HttpStatusCode.BadRequest);

        problem["code"]!.GetValue<string>().ShouldBe("validation_failed");
        problem["errors"]!["name"]!.AsArray().Count.ShouldBeGreaterThan(0);
    }

    [SkippableFact]
    public async Task MalformedJson_Is400Problem()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/partner-types")
        {
            Content = new StringContent("{\"name\": ", System.Text.Encoding.UTF8, "application/json"),
        };

        var response = await admin.Http.SendAsync(request);

        response.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/problem+json");
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["code"]!.GetValue<string>().ShouldBe("malformed_request");
    }

    [SkippableFact]
    public async Task UnknownIds_Are404Problems()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var id = Guid.NewGuid();

        foreach (var url in new[] { $"/api/partnerships/{id}", $"/api/partner-types/{id}", $"/api/partner-levels/{id}", $"/api/accounts/{id}", "/api/nothing-here" })
        {
            var problem = await admin.Expect(admin.Get(url), HttpStatusCode.NotFound);
            problem["code"]!.GetValue<string>().ShouldBe("not_found");
        }
    }

    [SkippableFact]
    public async Task Search_IsAPrefixOfThePartnersName_IgnoringCase_InAccountsPartnershipsAndOrganizations()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var marker = $"Zq{Guid.NewGuid():N}"[..12];
        var starts = (await admin.Expect(admin.Post("/api/accounts", new { name = $"{marker} Traders", type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        var inside = (await admin.Expect(admin.Post("/api/accounts", new { name = $"The {marker} Company", type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();
        foreach (var account in new[] { starts, inside })
        {
            await admin.Expect(admin.Post("/api/partnerships", new { accountId = account, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created);
            await admin.Expect(admin.Post($"/api/accounts/{account}/portal-organization"), HttpStatusCode.Created);
        }

        var query = $"  {marker.ToLowerInvariant()} tr";
        static IEnumerable<string> Ids(JsonNode page, string key) => page["items"]!.AsArray().Select(i => i![key]!.GetValue<string>());
        Ids(await admin.GetJson($"/api/accounts?search={query}"), "id").ShouldBe([starts]);
        Ids(await admin.GetJson($"/api/partnerships?search={query}"), "accountId").ShouldBe([starts]);
        Ids(await admin.GetJson($"/api/portal-organizations?search={query}"), "accountId").ShouldBe([starts]);
        Ids(await admin.GetJson($"/api/accounts?search={marker}"), "id").ShouldBe([starts]);
        Ids(await admin.GetJson($"/api/accounts?search=The {marker}"), "id").ShouldBe([inside]);
    }

    [SkippableFact]
    public async Task DemoData_NorthwindIsTheWorkedExample_64Of80AtLevel1Of3()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var list = await manager.GetJson("/api/partnerships?search=Northwind");
        var id = list["items"]![0]!["id"]!.GetValue<string>();

        var partnership = await manager.GetJson($"/api/partnerships/{id}");

        partnership["partnerLevelName"]!.GetValue<string>().ShouldBe("Bronze");
        partnership["levelNumber"]!.GetValue<int>().ShouldBe(1);
        partnership["levelCount"]!.GetValue<int>().ShouldBe(3);
        partnership["currentScore"]!.GetValue<int>().ShouldBe(64);
        partnership["targetScore"]!.GetValue<int>().ShouldBe(80);
        partnership["scoreLeft"]!.GetValue<int>().ShouldBe(16);
        partnership["nextLevelName"]!.GetValue<string>().ShouldBe("Silver");
        partnership["promotionEligible"]!.GetValue<bool>().ShouldBeFalse();
    }

    [SkippableFact]
    public async Task ProgramSetupAndPartnership_EndToEnd()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var partner = await CreatePartner(admin);

        var created = await admin.Expect(
            admin.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created);

        created["partnerLevelId"]!.GetValue<string>().ShouldBe(program.BronzeId, "the default level is the lowest of the type");
        created["levelNumber"]!.GetValue<int>().ShouldBe(1);
        created["levelCount"]!.GetValue<int>().ShouldBe(2);
        created["startDate"]!.GetValue<string>().ShouldBe(Today);
        created["dueDate"]!.GetValue<string>().ShouldBe(DateOnly.Parse(Today).AddYears(1).AddDays(-1).ToString("yyyy-MM-dd"));
        created["currentScore"]!.GetValue<int>().ShouldBe(0);
        created["scoreLeft"]!.GetValue<int>().ShouldBe(80);
        var obligations = created["obligations"]!.AsArray();
        obligations.Count.ShouldBe(2);
        obligations.ShouldAllBe(o => o!["currentValue"]!.GetValue<decimal>() == 0);
        obligations.Select(o => o!["targetValue"]!.GetValue<decimal>()).Order().ShouldBe([10m, 100_000m]);
        created["benefits"]!.AsArray().Single()!["displayValue"]!.GetValue<string>().ShouldBe("10");

        var id = created["id"]!.GetValue<string>();
        var list = await admin.GetJson($"/api/partnerships?partnerTypeId={program.TypeId}");
        list["items"]!.AsArray().Single()!["partnerLevelName"]!.GetValue<string>().ShouldBe("Bronze");

        var history = await admin.GetJson($"/api/partnerships/{id}/history");
        history["items"]!.AsArray().Count.ShouldBe(5);
        history["totalCount"]!.GetValue<int>().ShouldBe(5);
        var pages = new List<string>();
        for (var page = 1; page <= 3; page++)
        {
            pages.AddRange((await admin.GetJson($"/api/partnerships/{id}/history?pageSize=2&page={page}"))["items"]!.AsArray().Select(h => h!["id"]!.GetValue<string>()));
        }

        pages.ShouldBe(history["items"]!.AsArray().Select(h => h!["id"]!.GetValue<string>()), "pages are stable: together they are the whole history, in order");
    }

    [SkippableFact]
    public async Task SettingReachedValues_Rescores_AndWritesHistory()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var id = await CreatePartnership(manager, program);
        var partnership = await manager.GetJson($"/api/partnerships/{id}");
        string CurrentOf(JsonNode p, decimal target) =>
            p["obligations"]!.AsArray().Single(o => o!["targetValue"]!.GetValue<decimal>() == target)!["currentParameterId"]!.GetValue<string>();

        // Leads and won amounts are counted by the tier engine: typing one needs the reason for the override.
        var refused = await manager.Expect(
            manager.Put($"/api/partnerships/{id}/parameters/{CurrentOf(partnership, 10)}", new { numberValue = 6 }), HttpStatusCode.UnprocessableEntity);
        refused["code"]!.GetValue<string>().ShouldBe("metric_is_computed");
        await manager.Expect(
            manager.Put($"/api/partnerships/{id}/parameters/{CurrentOf(partnership, 10)}", new { numberValue = 4, overrideReason = "Leads from the old CRM" }), HttpStatusCode.OK);
        await manager.Expect(
            manager.Put($"/api/partnerships/{id}/parameters/{CurrentOf(partnership, 10)}", new { numberValue = 6, overrideReason = "Leads from the old CRM" }), HttpStatusCode.OK);
        var scored = await manager.Expect(
            manager.Put($"/api/partnerships/{id}/parameters/{CurrentOf(partnership, 100_000)}", new { numberValue = 100_000, overrideReason = "Deals closed before the portal" }),
            HttpStatusCode.OK);

        scored["currentScore"]!.GetValue<int>().ShouldBe(64);
        scored["scoreLeft"]!.GetValue<int>().ShouldBe(16);
        scored["promotionEligible"]!.GetValue<bool>().ShouldBeFalse();
        var overridden = scored["obligations"]!.AsArray().Single(o => o!["targetValue"]!.GetValue<decimal>() == 10)!;
        overridden["computed"]!.GetValue<bool>().ShouldBeTrue();
        overridden["overrideReason"]!.GetValue<string>().ShouldBe("Leads from the old CRM");
        var history = (await manager.GetJson($"/api/partnerships/{id}/history"))["items"]!.AsArray();
        var leads = history.Where(h => h!["parameterId"]!.GetValue<string>() == CurrentOf(partnership, 10)).ToList();
        leads.Select(h => h!["displayValue"]!.GetValue<string>()).ShouldBe(["6", "4", "0"]);
        leads.Count(h => h!["validTo"] is null).ShouldBe(1);
        leads[0]!["changedBy"]!.GetValue<string>().ShouldBe("Max Manager");
    }

    [SkippableFact]
    public async Task ReachingTheTarget_PromotesAtOnce_AndRestartsProgress_TheTopLevelStays()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var id = await CreatePartnership(manager, program);
        var unchanged = await manager.Expect(manager.Post($"/api/partnerships/{id}/evaluate"), HttpStatusCode.OK);
        JsonNode? last = null;
        foreach (var obligation in unchanged["obligations"]!.AsArray())
        {
            last = await manager.Expect(
                manager.Put($"/api/partnerships/{id}/parameters/{obligation!["currentParameterId"]}", new
                {
                    numberValue = obligation["targetValue"]!.GetValue<decimal>(), overrideReason = "Reached before the portal",
                }),
                HttpStatusCode.OK);
        }

        var again = await manager.Expect(manager.Post($"/api/partnerships/{id}/evaluate"), HttpStatusCode.OK);

        unchanged["partnerLevelId"]!.GetValue<string>().ShouldBe(program.BronzeId, "nothing reached, nothing changes");
        last!["partnerLevelId"]!.GetValue<string>().ShouldBe(program.SilverId, "W7: promotion is automatic once the target is met");
        last["levelNumber"]!.GetValue<int>().ShouldBe(2);
        last["obligations"]!.AsArray().ShouldAllBe(o => o!["currentValue"]!.GetValue<decimal>() == 0);
        again["partnerLevelId"]!.GetValue<string>().ShouldBe(program.SilverId, "the top level stays");
        (await manager.Expect(manager.Post($"/api/partnerships/{Guid.NewGuid()}/evaluate"), HttpStatusCode.NotFound))["code"]!.GetValue<string>().ShouldBe("not_found");
    }

    [SkippableFact]
    public async Task LevelChanges_ReachPartnershipsOnlyThroughReapply_WhichCanBePreviewed()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var id = await CreatePartnership(admin, program);
        await CreatePartnership(admin, program);
        var leads = (await admin.GetJson($"/api/partnerships/{id}"))["obligations"]!.AsArray()
            .Single(o => o!["targetValue"]!.GetValue<decimal>() == 10)!["currentParameterId"]!.GetValue<string>();
        await admin.Expect(admin.Put($"/api/partnerships/{id}/parameters/{leads}", new { numberValue = 6, overrideReason = "Imported" }), HttpStatusCode.OK);
        var parameters = (await admin.GetJson($"/api/partner-levels/{program.BronzeId}"))["parameters"]!.AsArray();
        var leadsTemplate = parameters.Single(p => p!["categoryId"]!.GetValue<string>() == program.LeadsId)!["id"]!.GetValue<string>();
        await admin.Expect(admin.Put($"/api/level-parameters/{leadsTemplate}", new
        {
            kind = "Obligation", categoryId = program.LeadsId, valueType = "Integer", numberValue = 5, score = 40,
        }), HttpStatusCode.OK);

        var preview = await admin.GetJson($"/api/partner-levels/{program.BronzeId}/reapply-preview");
        var untouched = await admin.GetJson($"/api/partnerships/{id}");
        var applied = await admin.Expect(admin.Post($"/api/partner-levels/{program.BronzeId}/reapply"), HttpStatusCode.OK);
        var after = await admin.GetJson($"/api/partnerships/{id}");

        preview["partnershipsAtLevel"]!.GetValue<int>().ShouldBe(2);
        var mine = preview["changed"]!.AsArray().Single(c => c!["partnershipId"]!.GetValue<string>() == id)!;
        mine["scoreBefore"]!.GetValue<int>().ShouldBe(24);
        mine["scoreAfter"]!.GetValue<int>().ShouldBe(40);
        mine["changes"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldContain("Leads number (target): 10 for 40 points → 5 for 40 points");
        untouched["currentScore"]!.GetValue<int>().ShouldBe(24, "a preview saves nothing");
        applied["changed"]!.AsArray().Count.ShouldBe(2);
        after["currentScore"]!.GetValue<int>().ShouldBe(40);
        after["obligations"]!.AsArray().Single(o => o!["categoryId"]!.GetValue<string>() == program.LeadsId)!["currentValue"]!.GetValue<decimal>().ShouldBe(6);
        (await admin.GetJson($"/api/partner-levels/{program.BronzeId}/reapply-preview"))["changed"]!.AsArray().ShouldBeEmpty();
    }

    [SkippableFact]
    public async Task SettingATargetValue_Is422_AndNegativeValueIs400()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var id = await CreatePartnership(manager, program);
        var benefit = (await manager.GetJson($"/api/partnerships/{id}"))["benefits"]![0]!["parameterId"]!.GetValue<string>();

        var rule = await manager.Expect(manager.Put($"/api/partnerships/{id}/parameters/{benefit}", new { numberValue = 50 }), HttpStatusCode.UnprocessableEntity);
        var invalid = await manager.Expect(manager.Put($"/api/partnerships/{id}/parameters/{benefit}", new { numberValue = -1 }), HttpStatusCode.BadRequest);

        rule["code"]!.GetValue<string>().ShouldBe("parameter_not_editable");
        invalid["errors"]!["numberValue"].ShouldNotBeNull();
        (await manager.GetJson($"/api/partnerships/{id}"))["benefits"]![0]!["displayValue"]!.GetValue<string>().ShouldBe("10");
    }

    [SkippableFact]
    public async Task SecondActivePartnership_Is409_UntilTheFirstIsDeactivated()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var partner = await CreatePartner(manager);
        var first = await CreatePartnership(manager, program, partner);

        var conflict = await manager.Expect(
            manager.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Conflict);
        var inactive = await manager.Expect(
            manager.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = false, name = "Next period" }),
            HttpStatusCode.Created);
        var second = inactive["id"]!.GetValue<string>();
        var activateConflict = await manager.Expect(manager.Post($"/api/partnerships/{second}/activate"), HttpStatusCode.Conflict);

        conflict["code"]!.GetValue<string>().ShouldBe("active_partnership_exists");
        activateConflict["code"]!.GetValue<string>().ShouldBe("active_partnership_exists");
        (await manager.GetJson($"/api/partnerships?search=Next period&isActive=true"))["totalCount"]!.GetValue<int>().ShouldBe(0);

        await manager.Expect(manager.Post($"/api/partnerships/{first}/deactivate"), HttpStatusCode.OK);
        var activated = await manager.Expect(manager.Post($"/api/partnerships/{second}/activate"), HttpStatusCode.OK);

        activated["isActive"]!.GetValue<bool>().ShouldBeTrue();
    }

    [SkippableFact]
    public async Task ChangingTheLevel_ReplacesTargetsAndBenefits()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var id = await CreatePartnership(manager, program);
        var before = await manager.GetJson($"/api/partnerships/{id}");

        await manager.Expect(manager.Put($"/api/partnerships/{id}", new
        {
            name = "Renamed",
            startDate = before["startDate"]!.GetValue<string>(),
            dueDate = before["dueDate"]!.GetValue<string>(),
        }), HttpStatusCode.OK);
        var after = await manager.Expect(
            manager.Post($"/api/partnerships/{id}/override-level", new { levelId = program.SilverId, reason = "Contract signed early" }), HttpStatusCode.OK);

        after["name"]!.GetValue<string>().ShouldBe("Renamed");
        after["partnerLevelName"]!.GetValue<string>().ShouldBe("Silver");
        after["levelNumber"]!.GetValue<int>().ShouldBe(2);
        after["targetScore"]!.GetValue<int>().ShouldBe(0);
        after["nextLevelName"].ShouldBeNull();
        after["obligations"]!.AsArray().Single()!["targetValue"]!.GetValue<decimal>().ShouldBe(25);
        after["benefits"]!.AsArray().Single()!["displayValue"]!.GetValue<string>().ShouldBe("15");
    }

    [SkippableFact]
    public async Task PartnershipForACustomerAccount_Is422()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var customer = (await manager.Expect(manager.Post("/api/accounts", new { name = Unique("Customer"), type = "Customer" }), HttpStatusCode.Created))["id"]!;

        var problem = await manager.Expect(
            manager.Post("/api/partnerships", new { accountId = customer.GetValue<string>(), partnerTypeId = program.TypeId }), HttpStatusCode.UnprocessableEntity);

        problem["code"]!.GetValue<string>().ShouldBe("account_not_partner");
    }

    [SkippableFact]
    public async Task LevelRules_DuplicateNumberIs409_WorthlessObligationIs400()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);

        var duplicate = await admin.Expect(
            admin.Post($"/api/partner-types/{program.TypeId}/levels", new { name = "Gold", number = 1, targetScore = 10 }), HttpStatusCode.Conflict);
        var worthless = await admin.Expect(admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new
        {
            kind = "Obligation", categoryId = program.CertifiedId, valueType = "Integer", numberValue = 3, score = 0,
        }), HttpStatusCode.BadRequest);
        var sameCategory = await admin.Expect(admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new
        {
            kind = "Obligation", categoryId = program.LeadsId, valueType = "Integer", numberValue = 3, score = 5,
        }), HttpStatusCode.Conflict);

        duplicate["code"]!.GetValue<string>().ShouldBe("duplicate_level_number");
        worthless["errors"]!["score"].ShouldNotBeNull();
        sameCategory["code"]!.GetValue<string>().ShouldBe("duplicate_category");
        (await admin.GetJson($"/api/partner-types/{program.TypeId}/levels")).AsArray().Count.ShouldBe(2);
    }

    [SkippableFact]
    public async Task LevelParameters_CanBeEditedAndDeleted()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var level = await admin.GetJson($"/api/partner-levels/{program.BronzeId}");
        var benefit = level["parameters"]!.AsArray().Single(p => p!["kind"]!.GetValue<string>() == "Benefit")!["id"]!.GetValue<string>();

        var edited = await admin.Expect(admin.Put($"/api/level-parameters/{benefit}", new
        {
            kind = "Benefit", categoryId = program.MarginId, valueType = "Decimal", numberValue = 12.5, score = 0,
        }), HttpStatusCode.OK);
        await admin.Expect(admin.Delete($"/api/level-parameters/{benefit}"), HttpStatusCode.NoContent);

        edited["displayValue"]!.GetValue<string>().ShouldBe("12.5");
        (await admin.GetJson($"/api/partner-levels/{program.BronzeId}"))["parameters"]!.AsArray().Count.ShouldBe(2);
        await admin.Expect(admin.Delete($"/api/level-parameters/{benefit}"), HttpStatusCode.NotFound);
    }

    [SkippableFact]
    public async Task PartnershipList_FiltersSortsAndPages()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var ids = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            ids.Add(await CreatePartnership(manager, program));
        }

        var leads = (await manager.GetJson($"/api/partnerships/{ids[1]}"))["obligations"]!.AsArray()
            .Single(o => o!["targetValue"]!.GetValue<decimal>() == 10)!["currentParameterId"]!.GetValue<string>();
        await manager.Expect(manager.Put($"/api/partnerships/{ids[1]}/parameters/{leads}", new { numberValue = 5, overrideReason = "Imported" }), HttpStatusCode.OK);
        await manager.Expect(manager.Post($"/api/partnerships/{ids[2]}/deactivate"), HttpStatusCode.OK);

        var byScore = await manager.GetJson($"/api/partnerships?partnerTypeId={program.TypeId}&sort=-score&pageSize=2&page=1");
        var activeOnly = await manager.GetJson($"/api/partnerships?partnerTypeId={program.TypeId}&isActive=true");
        var silver = await manager.GetJson($"/api/partnerships?partnerTypeId={program.TypeId}&partnerLevelId={program.SilverId}");
        var badSort = await manager.Expect(manager.Get("/api/partnerships?sort=secret"), HttpStatusCode.BadRequest);
        var farPage = await manager.Expect(manager.Get("/api/partnerships?page=2000000000&pageSize=200"), HttpStatusCode.BadRequest);
        farPage["errors"]!["page"].ShouldNotBeNull();

        byScore["totalCount"]!.GetValue<int>().ShouldBe(3);
        byScore["items"]!.AsArray().Count.ShouldBe(2);
        byScore["items"]![0]!["id"]!.GetValue<string>().ShouldBe(ids[1]);
        activeOnly["totalCount"]!.GetValue<int>().ShouldBe(2);
        silver["totalCount"]!.GetValue<int>().ShouldBe(0);
        badSort["errors"]!["sort"].ShouldNotBeNull();
    }

    [SkippableFact]
    public async Task Accounts_PartnerWithPartnershipsCannotBecomeCustomer()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var partner = await CreatePartner(manager);
        await CreatePartnership(manager, program, partner);

        var problem = await manager.Expect(manager.Put($"/api/accounts/{partner}", new { name = "Renamed", type = "Customer" }), HttpStatusCode.Conflict);
        var detail = await manager.GetJson($"/api/accounts/{partner}");

        problem["code"]!.GetValue<string>().ShouldBe("account_has_partnerships");
        detail["type"]!.GetValue<string>().ShouldBe("Partner");
        detail["partnerships"]!.AsArray().Count.ShouldBe(1);
    }

    protected static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    private static async Task<string> CreatePartner(ApiClient client) =>
        (await client.Expect(client.Post("/api/accounts", new { name = Unique("Partner"), type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();

    private static async Task<string> CreatePartnership(ApiClient client, ProgramFixture program, string? partner = null)
    {
        partner ??= await CreatePartner(client);
        var created = await client.Expect(
            client.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive = true }), HttpStatusCode.Created);
        return created["id"]!.GetValue<string>();
    }
}

public sealed class SqliteApiTests(SqliteApiFactory factory) : ApiTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresApiTests(PostgresApiFactory factory) : ApiTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerApiTests(SqlServerApiFactory factory) : ApiTests<SqlServerApiFactory>(factory);
