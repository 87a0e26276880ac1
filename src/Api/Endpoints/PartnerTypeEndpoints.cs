using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Features.PartnerTypes;
using PartnerPortal.Application.Features.PartnerTypes.CreatePartnerType;
using PartnerPortal.Application.Features.PartnerTypes.GetPartnerType;
using PartnerPortal.Application.Features.PartnerTypes.ListPartnerTypes;
using PartnerPortal.Application.Features.PartnerTypes.UpdatePartnerType;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Partner types of the program.</summary>
public static class PartnerTypeEndpoints
{
    public static void MapPartnerTypeEndpoints(this IEndpointRouteBuilder app)
    {
        var types = app.MapGroup("/api/partner-types").WithTags("PartnerProgram").RequireAuthorization(WebApiServices.BackOfficePolicy);
        types.MapGet("/", ListPartnerTypes).Describe(nameof(ListPartnerTypes), "Lists partner types with their number of levels.")
            .AcceptsTokenFor<ListPartnerTypesQuery>();
        types.MapGet("/{id:guid}", GetPartnerType).Describe(nameof(GetPartnerType), "Gets one partner type.", 404)
            .AcceptsTokenFor<GetPartnerTypeQuery>();
        types.MapPost("/", CreatePartnerType).Describe(nameof(CreatePartnerType), "Creates a partner type (administrators).", 400, 409);
        types.MapPut("/{id:guid}", UpdatePartnerType).Describe(nameof(UpdatePartnerType), "Renames or describes a partner type.", 400, 404, 409);
    }

    public static async Task<Ok<IReadOnlyList<PartnerTypeDto>>> ListPartnerTypes(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPartnerTypesQuery(), ct));

    public static async Task<Ok<PartnerTypeDto>> GetPartnerType(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPartnerTypeQuery(id), ct));

    public static async Task<Created<PartnerTypeDto>> CreatePartnerType(CreatePartnerTypeCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/partner-types/{created.Id}", created);
    }

    public static async Task<Ok<PartnerTypeDto>> UpdatePartnerType(Guid id, UpdatePartnerTypeCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
