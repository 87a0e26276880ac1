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

        var responses = await Task.WhenAll(clients.Select((client, i) =>
            client.Put($"/api/partnerships/{id}/parameters/{obligations[i % 2]}", new { numberValue = i % 2 == 0 ? 1 + i : 5_000 * (i + 1) })));

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
