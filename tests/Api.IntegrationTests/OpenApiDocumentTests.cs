using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

public sealed class OpenApiDocumentTests(SqliteApiFactory factory) : IClassFixture<SqliteApiFactory>
{
    [Fact]
    public async Task CommittedDocument_MatchesTheServedOne()
    {
        var served = await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json");
        var committed = await File.ReadAllTextAsync(Path.Combine(RepositoryRoot(), "src/Api/openapi/v1.json"));

        JsonNode.DeepEquals(JsonNode.Parse(served), JsonNode.Parse(committed))
            .ShouldBeTrue("src/Api/openapi/v1.json is stale: build src/Api to regenerate it and the TS client, then commit both");
    }

    [Fact]
    public async Task EveryOperation_IsNamedSummarisedAndDeclaresItsErrors()
    {
        var document = JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

        var operations = document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key} {path.Key}", Op: op.Value!))).ToList();

        operations.Count.ShouldBeGreaterThan(25);
        foreach (var (name, op) in operations)
        {
            op["operationId"].ShouldNotBeNull(name);
            op["summary"].ShouldNotBeNull(name);
            op["responses"]!.AsObject().Select(r => r.Key).ShouldContain("401", name);
        }
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "PartnerPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("PartnerPortal.sln not found above the test folder.");
    }
}
