using Microsoft.Extensions.DependencyInjection;
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
    public async Task EveryOperation_IsNamedSummarisedDescribed_AndDeclaresItsErrors()
    {
        var operations = Operations(await Document());

        operations.Count.ShouldBeGreaterThan(25);
        foreach (var (name, op) in operations)
        {
            op["operationId"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            op["summary"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            op["description"]?.GetValue<string>().ShouldNotBeNullOrWhiteSpace(name);
            var security = op["security"].ShouldBeOfType<JsonArray>(name);
            if (security.Count > 0)
            {
                Responses(op).ShouldContain("401", name);
                Responses(op).ShouldContain("403", name);
            }
        }
    }

    [Fact]
    public async Task AnonymousOperations_NeedNoCredentials_AndDeclareNo401Or403()
    {
        var operations = Operations(await Document()).ToDictionary(o => o.Name, o => o.Op);

        string[] anonymous =
        [
            "get /api/auth/antiforgery", "post /api/auth/login", "post /api/auth/forgot-password", "post /api/auth/reset-password",
            "get /api/invitations/{token}", "post /api/invitations/{token}/accept", "get /api/email-actions/{token}", "post /api/email-actions/{token}",
        ];
        foreach (var name in anonymous)
        {
            operations[name]["security"].ShouldBeOfType<JsonArray>(name).Count.ShouldBe(0, name);
            Responses(operations[name]).ShouldNotContain("401", name);
            Responses(operations[name]).ShouldNotContain("403", name);
        }

        operations.Where(o => o.Value["security"]!.AsArray().Count == 0).Select(o => o.Key).ShouldBe(anonymous, ignoreOrder: true);
    }

    [Fact]
    public async Task SignedInOperations_TakeTheSessionCookie_AndATokenOnlyWhereTheyAcceptOne()
    {
        var document = await Document();
        document["security"].ShouldBeNull("security is stated per operation");
        document["components"]!["securitySchemes"]!["cookie"]!["name"]!.GetValue<string>().ShouldBe("pp.auth");

        foreach (var (name, op) in Operations(document).Where(o => o.Op["security"]!.AsArray().Count > 0))
        {
            var schemes = op["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList();
            schemes.ShouldContain("cookie", name);
            if (name.Contains(" /api/portal/", StringComparison.Ordinal) || name.Contains(" /api/auth/", StringComparison.Ordinal))
            {
                schemes.ShouldBe(["cookie"], name);
            }

            // oauth2 is only listed with the scopes the operation takes; AcceptsToken metadata is what adds it.
            foreach (var requirement in op["security"]!.AsArray().Where(r => r!["oauth2"] is not null))
            {
                requirement!["oauth2"]!.AsArray().Select(s => s!.GetValue<string>()).ShouldAllBe(s => PartnerPortal.Application.Common.Security.Scopes.All.Contains(s), name);
            }
        }
    }

    [Fact]
    public async Task EveryRequestAnIntegratorMayCall_IsDocumentedWithItsScopes()
    {
        var endpoints = factory.Services.GetRequiredService<Microsoft.AspNetCore.Routing.EndpointDataSource>().Endpoints
            .OfType<Microsoft.AspNetCore.Routing.RouteEndpoint>().ToList();
        var documented = endpoints.Select(e => e.Metadata.GetMetadata<PartnerPortal.Api.Endpoints.AcceptsTokenMetadata>())
            .OfType<PartnerPortal.Api.Endpoints.AcceptsTokenMetadata>().ToList();
        var scoped = typeof(PartnerPortal.Application.DependencyInjection).Assembly.GetTypes()
            .Where(t => t.GetCustomAttributes(typeof(PartnerPortal.Application.Common.Security.AuthorizeAttribute), true)
                .Cast<PartnerPortal.Application.Common.Security.AuthorizeAttribute>().Any(a => a.Scopes.Length > 0))
            .ToList();
        var document = await Document();

        scoped.Count.ShouldBeGreaterThan(10);
        documented.Select(d => d.Request).Distinct().ShouldBe(scoped, ignoreOrder: true, "a request that takes a token scope needs AcceptsTokenFor on its endpoint");
        var withToken = Operations(document).Where(o => o.Op["security"]!.AsArray().Any(r => r!["oauth2"] is not null)).ToList();
        withToken.Count.ShouldBe(documented.Count);
        var partnerships = Operations(document).Single(o => o.Name == "get /api/partnerships").Op["security"]!.AsArray();
        partnerships.Where(r => r!["oauth2"] is not null).SelectMany(r => r!["oauth2"]!.AsArray()).Select(s => s!.GetValue<string>())
            .ShouldBe([PartnerPortal.Application.Common.Security.Scopes.PartnersRead]);
    }

    [Fact]
    public async Task ProblemCodes_AndRoles_ArePublishedAsEnums()
    {
        var schemas = (await Document())["components"]!["schemas"]!;

        schemas["ProblemCode"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(PartnerPortal.Domain.Common.ProblemCodes.All);
        schemas["ProblemDetails"]!["properties"]!["code"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ProblemCode");
        schemas["HttpValidationProblemDetails"]!["properties"]!["code"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/ProblemCode");
        schemas["Role"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldBe(PartnerPortal.Application.Common.Security.Roles.All);
        schemas["Permission"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>())
            .ShouldBe(PartnerPortal.Application.Common.Security.Permissions.All.Select(p => p.Key));
        schemas["Permission"]!["x-enumNames"]!.AsArray().Select(v => v!.GetValue<string>()).ShouldContain("PortalAccessManage");
        schemas["CurrentUserDto"]!["properties"]!["permissions"]!["items"]!["$ref"]!.GetValue<string>().ShouldBe("#/components/schemas/Permission");
    }

    private async Task<JsonNode> Document() => JsonNode.Parse(await factory.CreateClient().GetStringAsync("/swagger/v1/swagger.json"))!;

    private static List<(string Name, JsonNode Op)> Operations(JsonNode document) =>
        [.. document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject().Select(op => (Name: $"{op.Key} {path.Key}", Op: op.Value!)))];

    private static List<string> Responses(JsonNode op) => [.. op["responses"]!.AsObject().Select(r => r.Key)];

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
