using System.Net;
using System.Text.Json.Nodes;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>Every create answers 201 with the Location of the new resource, and that address serves it.</summary>
public abstract class CreatedResourceTests<TFactory>(TFactory factory) : IClassFixture<TFactory>
    where TFactory : ApiFactory
{
    [SkippableFact]
    public async Task EveryCreate_Answers201_WithALocationThatServesTheNewResource()
    {
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        var admin = await factory.Admin();
        var tag = Guid.NewGuid().ToString("N")[..8];

        var type = await Created(admin, "/api/partner-types", new { name = $"Type {tag}", description = "created" });
        var level = await Created(admin, $"/api/partner-types/{type}/levels", new { name = "Bronze", number = 1, targetScore = 10 });
        var categories = (await admin.GetJson("/api/parameter-categories")).AsArray();
        var leads = categories.First(c => c!["metric"]!.GetValue<string>() == "LeadsNumber")!["id"]!.GetValue<string>();
        await Created(admin, $"/api/partner-levels/{level}/parameters", new { kind = "Obligation", categoryId = leads, valueType = "Integer", numberValue = 5, score = 10 });
        await Created(admin, "/api/parameter-categories", new { name = $"Category {tag}", metric = "None", defaultValueType = "Decimal" });
        var account = await Created(admin, "/api/accounts", new { name = $"Partner {tag}", type = "Partner" });
        await Created(admin, "/api/partnerships", new { accountId = account, partnerTypeId = type });
        await Created(admin, $"/api/accounts/{account}/contacts", new { name = "Cleo Contact", email = $"cleo.{tag}@example.com" });
        await Created(admin, $"/api/accounts/{account}/portal-organization", null);
        await Created(admin, "/api/license-pools", new { edition = $"Edition {tag}", seats = 3 });
        var client = await admin.Expect(
            admin.Post("/api/integration-clients", new { displayName = $"Client {tag}", scopes = new[] { "partners.read" } }), HttpStatusCode.Created);
        client["clientSecret"]!.GetValue<string>().ShouldNotBeNullOrWhiteSpace();
        var location = await LocationOf(admin, "/api/integration-clients", new { displayName = $"Client 2 {tag}", scopes = new[] { "program.read" } });
        var read = await admin.GetJson(location);
        read["displayName"]!.GetValue<string>().ShouldBe($"Client 2 {tag}");
        read["clientSecret"].ShouldBeNull("the secret is shown only when it is issued");
    }

    /// <summary>Creates, follows the Location, and checks it serves the same resource; returns its id.</summary>
    private static async Task<string> Created(ApiClient client, string url, object? body)
    {
        var response = await client.Post(url, body);
        var created = await client.Expect(Task.FromResult(response), HttpStatusCode.Created);
        var location = response.Headers.Location?.ToString();
        location.ShouldNotBeNull($"POST {url} gave no Location");
        var served = await client.GetJson(location);
        var id = created["id"]!.GetValue<string>();
        served["id"]!.GetValue<string>().ShouldBe(id, $"POST {url} → {location}");
        return id;
    }

    private static async Task<string> LocationOf(ApiClient client, string url, object body)
    {
        var response = await client.Post(url, body);
        response.StatusCode.ShouldBe(HttpStatusCode.Created);
        return response.Headers.Location!.ToString();
    }
}

public sealed class SqliteCreatedResourceTests(SqliteApiFactory factory) : CreatedResourceTests<SqliteApiFactory>(factory);

[Trait("Database", "PostgreSql")]
public sealed class PostgresCreatedResourceTests(PostgresApiFactory factory) : CreatedResourceTests<PostgresApiFactory>(factory);
