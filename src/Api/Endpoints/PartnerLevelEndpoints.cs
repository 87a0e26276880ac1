using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Features.PartnerLevels;
using PartnerPortal.Application.Features.PartnerLevels.AddLevelParameter;
using PartnerPortal.Application.Features.PartnerLevels.CreatePartnerLevel;
using PartnerPortal.Application.Features.PartnerLevels.DeleteLevelParameter;
using PartnerPortal.Application.Features.PartnerLevels.GetPartnerLevel;
using PartnerPortal.Application.Features.PartnerLevels.ListPartnerLevels;
using PartnerPortal.Application.Features.PartnerLevels.PreviewLevelReapply;
using PartnerPortal.Application.Features.PartnerLevels.ReapplyLevel;
using PartnerPortal.Application.Features.PartnerLevels.UpdateLevelParameter;
using PartnerPortal.Application.Features.PartnerLevels.UpdatePartnerLevel;
using PartnerPortal.Application.Features.PartnerLevels.GetLevelParameter;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Levels of a partner type with their parameters (obligations and benefits), and re-applying a level (D16).</summary>
public static class PartnerLevelEndpoints
{
    public static void MapPartnerLevelEndpoints(this IEndpointRouteBuilder app)
    {
        var types = app.MapGroup("/api/partner-types").WithTags("PartnerProgram").RequireAuthorization(WebApiServices.BackOfficePolicy);
        types.MapGet("/{id:guid}/levels", ListPartnerLevels)
            .Describe(nameof(ListPartnerLevels), "Lists the levels of a partner type, lowest first, with their parameters.", 404)
            .AcceptsTokenFor<ListPartnerLevelsQuery>();
        types.MapPost("/{id:guid}/levels", CreatePartnerLevel)
            .Describe(nameof(CreatePartnerLevel), "Adds a level to a partner type.", 400, 404, 409, 422);

        var levels = app.MapGroup("/api/partner-levels").WithTags("PartnerProgram").RequireAuthorization(WebApiServices.BackOfficePolicy);
        levels.MapGet("/{id:guid}", GetPartnerLevel).Describe(nameof(GetPartnerLevel), "Gets one level with its parameters.", 404)
            .AcceptsTokenFor<GetPartnerLevelQuery>();
        levels.MapPut("/{id:guid}", UpdatePartnerLevel).Describe(nameof(UpdatePartnerLevel), "Changes a level's name, number or target score.", 400, 404, 409, 422);
        levels.MapGet("/{id:guid}/reapply-preview", PreviewLevelReapply)
            .Describe(nameof(PreviewLevelReapply), "Simulates re-applying the level's current parameters to its partnerships; saves nothing.", 404);
        levels.MapPost("/{id:guid}/reapply", ReapplyLevel)
            .Describe(nameof(ReapplyLevel), "Re-applies the level's current parameters to its partnerships (reached values kept, history written).", 404);
        levels.MapPost("/{id:guid}/parameters", AddLevelParameter)
            .Describe(nameof(AddLevelParameter), "Adds an obligation or a benefit to a level.", 400, 404, 409, 422);

        var parameters = app.MapGroup("/api/level-parameters").WithTags("PartnerProgram").RequireAuthorization(WebApiServices.BackOfficePolicy);
        parameters.MapGet("/{id:guid}", GetLevelParameter).Describe(nameof(GetLevelParameter), "One level parameter: an obligation with its points, or a benefit.", 404)
            .AcceptsTokenFor<GetLevelParameterQuery>();
        parameters.MapPut("/{id:guid}", UpdateLevelParameter)
            .Describe(nameof(UpdateLevelParameter), "Changes a level parameter. Existing partnerships keep their copy.", 400, 404, 409, 422);
        parameters.MapDelete("/{id:guid}", DeleteLevelParameter).Describe(nameof(DeleteLevelParameter), "Removes a level parameter.", 404);
    }

    public static async Task<Ok<LevelParameterDto>> GetLevelParameter(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLevelParameterQuery(id), ct));

    public static async Task<Ok<IReadOnlyList<PartnerLevelDto>>> ListPartnerLevels(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPartnerLevelsQuery(id), ct));

    public static async Task<Created<PartnerLevelDto>> CreatePartnerLevel(Guid id, CreatePartnerLevelCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body with { PartnerTypeId = id }, ct);
        return TypedResults.Created($"/api/partner-levels/{created.Id}", created);
    }

    public static async Task<Ok<PartnerLevelDto>> GetPartnerLevel(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPartnerLevelQuery(id), ct));

    public static async Task<Ok<PartnerLevelDto>> UpdatePartnerLevel(Guid id, UpdatePartnerLevelCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<LevelReapplyDto>> PreviewLevelReapply(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new PreviewLevelReapplyQuery(id), ct));

    public static async Task<Ok<LevelReapplyDto>> ReapplyLevel(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ReapplyLevelCommand(id), ct));

    public static async Task<Created<LevelParameterDto>> AddLevelParameter(Guid id, AddLevelParameterCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body with { LevelId = id }, ct);
        return TypedResults.Created($"/api/level-parameters/{created.Id}", created);
    }

    public static async Task<Ok<LevelParameterDto>> UpdateLevelParameter(Guid id, UpdateLevelParameterCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<NoContent> DeleteLevelParameter(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteLevelParameterCommand(id), ct);
        return TypedResults.NoContent();
    }
}
