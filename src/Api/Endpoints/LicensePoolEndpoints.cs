using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Application.Features.LicensePools.CreateLicensePool;
using PartnerPortal.Application.Features.LicensePools.ListLicensePools;
using PartnerPortal.Application.Features.LicensePools.UpdateLicensePool;
using PartnerPortal.Application.Features.LicensePools.GetLicensePool;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Partner-portal licence pools and their seats.</summary>
public static class LicensePoolEndpoints
{
    public static void MapLicensePoolEndpoints(this IEndpointRouteBuilder app)
    {
        var pools = app.MapGroup("/api/license-pools").WithTags("PortalAccess").RequireAuthorization(WebApiServices.BackOfficePolicy);
        pools.MapGet("/", ListLicensePools).Describe(nameof(ListLicensePools), "Licence pools by edition with seats used and free.", 400);
        pools.MapGet("/{id:guid}", GetLicensePool).Describe(nameof(GetLicensePool), "One licence pool with its seats used and free.", 404);
        pools.MapPost("/", CreateLicensePool).Describe(nameof(CreateLicensePool), "Adds a licence pool.", 400);
        pools.MapPut("/{id:guid}", UpdateLicensePool).Describe(nameof(UpdateLicensePool), "Changes a pool's edition or seats.", 400, 404, 409);
    }

    public static async Task<Ok<Paged<LicensePoolDto>>> ListLicensePools(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListLicensePoolsQuery(page, pageSize), ct));

    public static async Task<Created<LicensePoolDto>> CreateLicensePool(CreateLicensePoolCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/license-pools/{created.Id}", created);
    }

    public static async Task<Ok<LicensePoolDto>> GetLicensePool(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLicensePoolQuery(id), ct));

    public static async Task<Ok<LicensePoolDto>> UpdateLicensePool(Guid id, UpdateLicensePoolCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
