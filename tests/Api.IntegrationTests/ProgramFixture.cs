using System.Net;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>A fresh partner type with Bronze (two obligations, a margin benefit) and Silver levels, created through the API.</summary>
public sealed record ProgramFixture(string TypeId, string BronzeId, string SilverId, string LeadsId, string AmountId, string CertifiedId, string MarginId)
{
    public static async Task<ProgramFixture> Create(ApiClient admin)
    {
        var categories = (await admin.GetJson("/api/parameter-categories")).AsArray();
        string Category(string metric) => categories.First(c => c!["metric"]!.GetValue<string>() == metric)!["id"]!.GetValue<string>();
        var type = await admin.Expect(admin.Post("/api/partner-types", new { name = $"Type {Guid.NewGuid():N}", description = "test" }), HttpStatusCode.Created);
        var typeId = type["id"]!.GetValue<string>();
        var bronze = await admin.Expect(
            admin.Post($"/api/partner-types/{typeId}/levels", new { name = "Bronze", number = 1, targetScore = 80 }), HttpStatusCode.Created);
        var silver = await admin.Expect(
            admin.Post($"/api/partner-types/{typeId}/levels", new { name = "Silver", number = 2, targetScore = 0 }), HttpStatusCode.Created);
        var fixture = new ProgramFixture(
            typeId, bronze["id"]!.GetValue<string>(), silver["id"]!.GetValue<string>(),
            Category("LeadsNumber"), Category("OpportunityAmount"), Category("CertifiedExperts"), Category("Margin"));

        async Task Add(string level, object parameter) =>
            await admin.Expect(admin.Post($"/api/partner-levels/{level}/parameters", parameter), HttpStatusCode.Created);
        await Add(fixture.BronzeId, new { kind = "Obligation", categoryId = fixture.LeadsId, valueType = "Integer", numberValue = 10, score = 40 });
        await Add(fixture.BronzeId, new { kind = "Obligation", categoryId = fixture.AmountId, valueType = "Decimal", numberValue = 100_000, score = 40 });
        await Add(fixture.BronzeId, new { kind = "Benefit", categoryId = fixture.MarginId, valueType = "Decimal", numberValue = 10, score = 0 });
        await Add(fixture.SilverId, new { kind = "Obligation", categoryId = fixture.LeadsId, valueType = "Integer", numberValue = 25, score = 60 });
        await Add(fixture.SilverId, new { kind = "Benefit", categoryId = fixture.MarginId, valueType = "Decimal", numberValue = 15, score = 0 });
        return fixture;
    }
}
