using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.Portal;
using PartnerPortal.Application.Features.Portal.GetMyProgram;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Application.Features.Portal.GetMyProgramDecisions;
using PartnerPortal.Application.Features.Portal.GetMyProgramHistory;
using PartnerPortal.Application.Features.Portal.GetPortalPartnership;

namespace PartnerPortal.Api.Endpoints;

/// <summary>The partner portal: the caller's own partner program, read-only (partners cannot change their program: there are no such endpoints), confined to their partner account.</summary>
public static class PortalProgramEndpoints
{
    public static void MapPortalProgramEndpoints(this IEndpointRouteBuilder app)
    {
        var portal = app.MapGroup("/api/portal").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/program", GetMyProgram)
            .Describe(nameof(GetMyProgram), "Your partner program: level N of M, score, what is missing, benefits, partner manager.", 422);
        portal.MapGet("/program/history", GetMyProgramHistory).Describe(nameof(GetMyProgramHistory), "Your program's timeline, newest first: level changes and obligation values.", 400, 422);
        portal.MapGet("/program/decisions", GetMyProgramDecisions)
            .Describe(nameof(GetMyProgramDecisions), "Your program's tier decisions, newest first: what was measured, the points, the result and why.", 400, 422);
        portal.MapGet("/partnerships/{id:guid}", GetPortalPartnership)
            .Describe(nameof(GetPortalPartnership), "One of your organization's partnerships.", 404);
    }

    public static async Task<Ok<PartnerProgramDto>> GetMyProgram(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyProgramQuery(), ct));

    public static async Task<Ok<Paged<TierDecisionDto>>> GetMyProgramDecisions(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetMyProgramDecisionsQuery(page, pageSize), ct));

    public static async Task<Ok<Paged<ProgramEventDto>>> GetMyProgramHistory(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetMyProgramHistoryQuery(page, pageSize), ct));

    public static async Task<Ok<PartnerProgramDto>> GetPortalPartnership(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPortalPartnershipQuery(id), ct));
}
