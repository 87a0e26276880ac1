using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Partnership and level rules of review issue 7 (concurrency, level changes, level numbering, reachability, re-apply, events).</summary>
public abstract class PartnershipRulesTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    protected TFactory Factory { get; } = factory;

    [SkippableFact]
    public async Task ParallelEditsOfTwoObligations_KeepScoreAndHistoryConsistent_LosersGet409ConcurrentChange()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var program = await ProgramFixture.Create(await Factory.Admin());
        var manager = await Factory.Manager();
        var id = await CreatePartnership(manager, program);
        var obligations = (await manager.GetJson($"/api/partnerships/{id}"))["obligations"]!.AsArray()
            .Select(o => o!["currentParameterId"]!.GetValue<string>()).ToList();
        var clients = new List<ApiClient>();
        for (var i = 0; i < 20; i++)
        {
            clients.Add(await Factory.Manager());
        }

        // The values stay below the targets: reaching one would promote, and the promotion replaces the rows being edited.
        var responses = await Task.WhenAll(clients.Select((client, i) =>
            client.Put($"/api/partnerships/{id}/parameters/{obligations[i % 2]}", new { numberValue = i % 2 == 0 ? 1 + (i % 9) : 1_000 * (i + 1), overrideReason = "Imported" })));

        foreach (var response in responses)
        {
            var body = await response.Content.ReadAsStringAsync();
            if (response.StatusCode != HttpStatusCode.OK)
            {
                response.StatusCode.ShouldBe(HttpStatusCode.Conflict, body);
                JsonNode.Parse(body)!["code"]!.GetValue<string>().ShouldBe("concurrent_change");
            }
        }

        var after = await manager.GetJson($"/api/partnerships/{id}");
        after["currentScore"]!.GetValue<int>().ShouldBe(after["obligations"]!.AsArray().Sum(o => o!["score"]!.GetValue<int>()));
        var openRows = Factory.WithDb(db => db.ParameterHistory.AsNoTracking()
            .Where(h => h.PartnershipId == Guid.Parse(id) && h.ValidTo == null)
            .Select(h => new { h.ParameterId, h.CategoryId, h.Role }).ToList());
        openRows.GroupBy(h => h.ParameterId).ShouldAllBe(g => g.Count() == 1);
        openRows.GroupBy(h => new { h.CategoryId, h.Role }).ShouldAllBe(g => g.Count() == 1);
        var parameterCount = Factory.WithDb(db => db.PartnershipParameters.Count(p => p.PartnershipId == Guid.Parse(id)));
        openRows.Count.ShouldBe(parameterCount);
    }

    [SkippableFact]
    public async Task EditingCannotChangeTheLevel_OverrideNeedsAReason_AndIsLoggedWithIt()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var id = await CreatePartnership(manager, program);
        var before = await manager.GetJson($"/api/partnerships/{id}");
        var period = new { startDate = before["startDate"]!.GetValue<string>(), dueDate = before["dueDate"]!.GetValue<string>() };

        var edit = await manager.Expect(manager.Put($"/api/partnerships/{id}", new
        {
            name = "Renamed", partnerLevelId = program.SilverId, period.startDate, period.dueDate,
        }), HttpStatusCode.UnprocessableEntity);
        var renamed = await manager.Expect(manager.Put($"/api/partnerships/{id}", new { name = "Renamed", period.startDate, period.dueDate }), HttpStatusCode.OK);
        var noReason = await manager.Expect(manager.Post($"/api/partnerships/{id}/override-level", new { levelId = program.SilverId, reason = "" }), HttpStatusCode.BadRequest);
        var overridden = await manager.Expect(
            manager.Post($"/api/partnerships/{id}/override-level", new { levelId = program.SilverId, reason = "Strategic partner, board decision" }), HttpStatusCode.OK);
        var events = (await manager.GetJson($"/api/partnerships/{id}/events"))["items"]!.AsArray();

        edit["code"]!.GetValue<string>().ShouldBe("level_change_needs_override");
        renamed["partnerLevelName"]!.GetValue<string>().ShouldBe("Bronze");
        noReason["errors"]!["reason"].ShouldNotBeNull();
        overridden["partnerLevelName"]!.GetValue<string>().ShouldBe("Silver");
        overridden["obligations"]!.AsArray().Single()!["targetValue"]!.GetValue<decimal>().ShouldBe(25);
        events[0]!["text"]!.GetValue<string>().ShouldBe("Level overridden from Bronze to Silver by Max Manager");
        events[0]!["reason"]!.GetValue<string>().ShouldBe("Strategic partner, board decision");
    }

    [SkippableFact]
    public async Task LevelNumbers_Run1ToNWithoutGaps()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var type = (await admin.Expect(admin.Post("/api/partner-types", new { name = Unique("Type") }), HttpStatusCode.Created))["id"]!.GetValue<string>();

        var gap = await admin.Expect(admin.Post($"/api/partner-types/{type}/levels", new { name = "Gold", number = 2, targetScore = 0 }), HttpStatusCode.UnprocessableEntity);
        var first = await admin.Expect(admin.Post($"/api/partner-types/{type}/levels", new { name = "Gold", targetScore = 0 }), HttpStatusCode.Created);
        var second = await admin.Expect(admin.Post($"/api/partner-types/{type}/levels", new { name = "Platinum", targetScore = 0 }), HttpStatusCode.Created);
        var moved = await admin.Expect(
            admin.Put($"/api/partner-levels/{first["id"]}", new { name = "Gold", number = 3, targetScore = 0 }), HttpStatusCode.UnprocessableEntity);

        gap["code"]!.GetValue<string>().ShouldBe("level_number_gap");
        first["number"]!.GetValue<int>().ShouldBe(1);
        second["number"]!.GetValue<int>().ShouldBe(2);
        moved["code"]!.GetValue<string>().ShouldBe("level_number_fixed");
    }

    [SkippableFact]
    public async Task UnreachableTargets_AreRefused_ExceptAtTheTopLevel()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var bronzeLeads = (await admin.GetJson($"/api/partner-levels/{program.BronzeId}"))["parameters"]!.AsArray()
            .Single(p => p!["categoryId"]!.GetValue<string>() == program.LeadsId)!["id"]!.GetValue<string>();

        var zeroTarget = await admin.Expect(admin.Post($"/api/partner-levels/{program.BronzeId}/parameters", new
        {
            kind = "Obligation", categoryId = program.CertifiedId, valueType = "Integer", numberValue = 0, score = 5,
        }), HttpStatusCode.UnprocessableEntity);
        var targetTooHigh = await admin.Expect(
            admin.Put($"/api/partner-levels/{program.BronzeId}", new { name = "Bronze", targetScore = 81 }), HttpStatusCode.UnprocessableEntity);
        var fewerPoints = await admin.Expect(admin.Put($"/api/level-parameters/{bronzeLeads}", new
        {
            kind = "Obligation", categoryId = program.LeadsId, valueType = "Integer", numberValue = 10, score = 30,
        }), HttpStatusCode.UnprocessableEntity);
        var deleted = await admin.Expect(admin.Delete($"/api/level-parameters/{bronzeLeads}"), HttpStatusCode.UnprocessableEntity);
        var top = await admin.Expect(admin.Put($"/api/partner-levels/{program.SilverId}", new { name = "Silver", targetScore = 1000 }), HttpStatusCode.OK);

        zeroTarget["code"]!.GetValue<string>().ShouldBe("obligation_target_unreachable");
        targetTooHigh["code"]!.GetValue<string>().ShouldBe("level_target_unreachable");
        fewerPoints["code"]!.GetValue<string>().ShouldBe("level_target_unreachable");
        deleted["code"]!.GetValue<string>().ShouldBe("level_target_unreachable");
        top["targetScore"]!.GetValue<int>().ShouldBe(1000);
    }

    [SkippableFact]
    public async Task Reapply_PreviewsTargetScoreChanges_TouchesOnlyActivePartnerships_AndWritesHistoryOnlyForChanges()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var admin = await Factory.Admin();
        var program = await ProgramFixture.Create(admin);
        var active = await CreatePartnership(admin, program);
        var inactive = await CreatePartnership(admin, program, isActive: false);
        int HistoryRows(string id) => Factory.WithDb(db => db.ParameterHistory.Count(h => h.PartnershipId == Guid.Parse(id)));
        var rowsBefore = HistoryRows(active);

        var unchanged = await admin.Expect(admin.Post($"/api/partner-levels/{program.BronzeId}/reapply"), HttpStatusCode.OK);
        var rowsAfterNoop = HistoryRows(active);
        await admin.Expect(admin.Put($"/api/partner-levels/{program.BronzeId}", new { name = "Bronze", targetScore = 70 }), HttpStatusCode.OK);
        var preview = await admin.GetJson($"/api/partner-levels/{program.BronzeId}/reapply-preview");
        await admin.Expect(admin.Post($"/api/partner-levels/{program.BronzeId}/reapply"), HttpStatusCode.OK);

        unchanged["changed"]!.AsArray().ShouldBeEmpty();
        rowsAfterNoop.ShouldBe(rowsBefore, "re-applying an unchanged level writes no history");
        preview["partnershipsAtLevel"]!.GetValue<int>().ShouldBe(1);
        var change = preview["changed"]!.AsArray().Single()!;
        change["partnershipId"]!.GetValue<string>().ShouldBe(active);
        change["changes"]!.AsArray().Select(c => c!.GetValue<string>()).ShouldContain("Target score: 80 → 70");
        (await admin.GetJson($"/api/partnerships/{active}"))["targetScore"]!.GetValue<int>().ShouldBe(70);
        (await admin.GetJson($"/api/partnerships/{inactive}"))["targetScore"]!.GetValue<int>().ShouldBe(80);
    }

    [SkippableFact]
    public async Task Promotion_IsOneReadableEvent()
    {
        Skip.If(Factory.SkipReason is not null, Factory.SkipReason);
        var manager = await Factory.Manager();
        var program = await ProgramFixture.Create(await Factory.Admin());
        var id = await CreatePartnership(manager, program);
        foreach (var obligation in (await manager.GetJson($"/api/partnerships/{id}"))["obligations"]!.AsArray())
        {
            await manager.Expect(
                manager.Put($"/api/partnerships/{id}/parameters/{obligation!["currentParameterId"]}", new
                {
                    numberValue = obligation["targetValue"]!.GetValue<decimal>(), overrideReason = "Reached before the portal",
                }),
                HttpStatusCode.OK);
        }

        await manager.Expect(manager.Post($"/api/partnerships/{id}/deactivate"), HttpStatusCode.OK);
        var events = (await manager.GetJson($"/api/partnerships/{id}/events"))["items"]!.AsArray().Select(e => e!["text"]!.GetValue<string>()).ToList();

        events[0].ShouldBe("Deactivated by Max Manager");
        events[1].ShouldBe("Promoted from Bronze to Silver by Max Manager");
        events.ShouldContain("Leads number: 0 → 10 by Max Manager");
        events[^1].ShouldBe("Created at Bronze by Max Manager");
        events.Count.ShouldBe(5);
    }

    protected static string Unique(string prefix) => $"{prefix} {Guid.NewGuid():N}"[..(prefix.Length + 9)];

    protected static async Task<string> CreatePartner(ApiClient client) =>
        (await client.Expect(client.Post("/api/accounts", new { name = Unique("Partner"), type = "Partner" }), HttpStatusCode.Created))["id"]!.GetValue<string>();

    protected static async Task<string> CreatePartnership(ApiClient client, ProgramFixture program, string? partner = null, bool isActive = true)
    {
        partner ??= await CreatePartner(client);
        var created = await client.Expect(
            client.Post("/api/partnerships", new { accountId = partner, partnerTypeId = program.TypeId, isActive }), HttpStatusCode.Created);
        return created["id"]!.GetValue<string>();
    }
}

public sealed class SqlitePartnershipRulesTests(SqliteApiFactory factory) : PartnershipRulesTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresPartnershipRulesTests(PostgresApiFactory factory) : PartnershipRulesTests<PostgresApiFactory>(factory);

[Trait("Database", "SqlServer")]
public sealed class SqlServerPartnershipRulesTests(SqlServerApiFactory factory) : PartnershipRulesTests<SqlServerApiFactory>(factory);
