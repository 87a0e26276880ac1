using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Features.ParameterCategories;
using PartnerPortal.Application.Features.ParameterCategories.CreateParameterCategory;
using PartnerPortal.Application.Features.ParameterCategories.ListParameterCategories;
using PartnerPortal.Application.Features.ParameterCategories.UpdateParameterCategory;
using PartnerPortal.Application.Features.ParameterCategories.GetParameterCategory;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Parameter categories and the metrics they are tied to.</summary>
public static class ParameterCategoryEndpoints
{
    public static void MapParameterCategoryEndpoints(this IEndpointRouteBuilder app)
    {
        var categories = app.MapGroup("/api/parameter-categories").WithTags("PartnerProgram").RequireAuthorization(WebApiServices.BackOfficePolicy);
        categories.MapGet("/", ListParameterCategories).Describe(nameof(ListParameterCategories), "Lists parameter categories and their metrics.")
            .AcceptsTokenFor<ListParameterCategoriesQuery>();
        categories.MapGet("/{id:guid}", GetParameterCategory).Describe(nameof(GetParameterCategory), "One parameter category and its metric.", 404)
            .AcceptsTokenFor<GetParameterCategoryQuery>();
        categories.MapPost("/", CreateParameterCategory).Describe(nameof(CreateParameterCategory), "Creates a parameter category.", 400, 409, 422);
        categories.MapPut("/{id:guid}", UpdateParameterCategory)
            .Describe(nameof(UpdateParameterCategory), "Changes a parameter category.", 400, 404, 409, 422);
    }

    public static async Task<Ok<ParameterCategoryDto>> GetParameterCategory(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetParameterCategoryQuery(id), ct));

    public static async Task<Ok<IReadOnlyList<ParameterCategoryDto>>> ListParameterCategories(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListParameterCategoriesQuery(), ct));

    public static async Task<Created<ParameterCategoryDto>> CreateParameterCategory(CreateParameterCategoryCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/parameter-categories/{created.Id}", created);
    }

    public static async Task<Ok<ParameterCategoryDto>> UpdateParameterCategory(
        Guid id, UpdateParameterCategoryCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
