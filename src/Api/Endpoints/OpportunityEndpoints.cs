using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Opportunities;
using PartnerPortal.Application.Features.Opportunities.CreateOpportunity;
using PartnerPortal.Application.Features.Opportunities.DeleteOpportunity;
using PartnerPortal.Application.Features.Opportunities.ExportMyOpportunities;
using PartnerPortal.Application.Features.Opportunities.ExportOpportunities;
using PartnerPortal.Application.Features.Opportunities.GetMyOpportunityPipeline;
using PartnerPortal.Application.Features.Opportunities.GetOpportunityPipeline;
using PartnerPortal.Application.Features.Opportunities.GetMyOpportunity;
using PartnerPortal.Application.Features.Opportunities.GetOpportunity;
using PartnerPortal.Application.Features.Opportunities.ListMyOpportunities;
using PartnerPortal.Application.Features.Opportunities.ListOpportunities;
using PartnerPortal.Application.Features.Opportunities.ReopenOpportunity;
using PartnerPortal.Application.Features.Opportunities.UpdateMyOpportunity;
using PartnerPortal.Application.Features.Opportunities.UpdateOpportunity;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Opportunities (W6): employees see and work all of them; partners see and work their own on the portal. Winning a
/// partner opportunity credits the partner's marketing fund at its level's % of that moment (D19).
/// </summary>
public static class OpportunityEndpoints
{
    public static void MapOpportunityEndpoints(this IEndpointRouteBuilder app)
    {
        var opportunities = app.MapGroup("/api/opportunities").WithTags("Opportunities").RequireAuthorization(WebApiServices.BackOfficePolicy);
        opportunities.MapGet("/", ListOpportunities)
            .Describe(
                nameof(ListOpportunities),
                "Lists opportunities; filter by stage, partner and owner; sort; keyset paged.",
                "Sort by createdAt (default, newest first), updatedAt or amount ('-' for descending). Pass the previous page's nextCursor as cursor for the next page (400 cursor_invalid for a cursor of another sort); nextCursor is null on the last page.",
                400)
            .AcceptsTokenFor<ListOpportunitiesQuery>();
        opportunities.MapGet("/export", ExportOpportunities)
            .Describe(nameof(ExportOpportunities), "The opportunities of the list with the same filter and sort, every page, as a CSV file.", 400)
            .AcceptsTokenFor<ExportOpportunitiesQuery>();
        opportunities.MapGet("/pipeline", GetOpportunityPipeline)
            .Describe(
                nameof(GetOpportunityPipeline),
                "The pipeline: per stage, in stage order, the number of opportunities and their total amount, with the list's filters.",
                "Every stage is present (zero when empty). Amounts are minor units (amountMinor) with the currency.",
                400)
            .AcceptsTokenFor<GetOpportunityPipelineQuery>();
        opportunities.MapGet("/{id:guid}", GetOpportunity)
            .Describe(nameof(GetOpportunity), "Gets an opportunity with its history (stage and field changes).", 404)
            .AcceptsTokenFor<GetOpportunityQuery>();
        opportunities.MapPost("/", CreateOpportunity)
            .Describe(nameof(CreateOpportunity), "Creates an opportunity: the vendor's own, or a partner's with its owner.", 400, 404, 409, 422)
            .AcceptsTokenFor<CreateOpportunityCommand>();
        opportunities.MapPut("/{id:guid}", UpdateOpportunity)
            .Describe(
                nameof(UpdateOpportunity),
                "Changes an opportunity's fields, partner, owner and stage; winning a partner's credits its marketing fund.",
                "A closed opportunity's stage changes only by reopening (422 opportunity_closed). Changing a won one's amount or partner reverses its fund credit and credits it again.",
                400, 404, 409, 422)
            .AcceptsTokenFor<UpdateOpportunityCommand>();
        opportunities.MapPost("/{id:guid}/reopen", ReopenOpportunity)
            .Describe(nameof(ReopenOpportunity), "Reopens a won or lost opportunity with a reason; a won one's fund credit is reversed.", 400, 404, 409, 422)
            .AcceptsTokenFor<ReopenOpportunityCommand>();
        opportunities.MapDelete("/{id:guid}", DeleteOpportunity)
            .Describe(nameof(DeleteOpportunity), "Deletes an opportunity; a won one's fund credit is reversed.", 404, 409, 422)
            .AcceptsTokenFor<DeleteOpportunityCommand>();

        var portal = app.MapGroup("/api/portal/opportunities").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", ListMyOpportunities)
            .Describe(nameof(ListMyOpportunities), "Your organization's opportunities; filter by stage; keyset paged (newest first).", 400);
        portal.MapGet("/pipeline", GetMyOpportunityPipeline)
            .Describe(nameof(GetMyOpportunityPipeline), "Your pipeline: per stage the number of your opportunities and their total; filter by stage like your list.", 400);
        portal.MapGet("/export", ExportMyOpportunities)
            .Describe(nameof(ExportMyOpportunities), "Your opportunities with your list's stage filter and sort, every page, as a CSV file (the back-office export's columns).", 400);
        portal.MapGet("/{id:guid}", GetMyOpportunity)
            .Describe(nameof(GetMyOpportunity), "An opportunity of your organization with its history.", 404);
        portal.MapPut("/{id:guid}", UpdateMyOpportunity)
            .Describe(
                nameof(UpdateMyOpportunity),
                "Works your opportunity: stage, amount, close date, next step, notes; winning it credits your marketing fund.",
                400, 404, 409, 422);
    }

    public static async Task<Ok<KeysetPage<OpportunityListItemDto>>> ListOpportunities(
        [AsParameters] OpportunityFilter filter, ISender sender, CancellationToken ct, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListOpportunitiesQuery(filter, sort, cursor, limit), ct));

    public static CsvFile<OpportunityExportRow> ExportOpportunities([AsParameters] OpportunityFilter filter, ISender sender, CancellationToken ct, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportOpportunitiesQuery(filter, sort), ct), "opportunities");

    public static async Task<Ok<IReadOnlyList<PipelineStageDto>>> GetOpportunityPipeline([AsParameters] OpportunityFilter filter, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetOpportunityPipelineQuery(filter), ct));

    public static async Task<Ok<IReadOnlyList<PipelineStageDto>>> GetMyOpportunityPipeline(ISender sender, CancellationToken ct, OpportunityStage? stage = null) =>
        TypedResults.Ok(await sender.Send(new GetMyOpportunityPipelineQuery(stage), ct));

    public static CsvFile<OpportunityExportRow> ExportMyOpportunities(ISender sender, CancellationToken ct, OpportunityStage? stage = null, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportMyOpportunitiesQuery(stage, sort), ct), "opportunities");

    public static async Task<Ok<OpportunityDto>> GetOpportunity(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetOpportunityQuery(id), ct));

    public static async Task<Created<OpportunityDto>> CreateOpportunity(CreateOpportunityCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/opportunities/{created.Id}", created);
    }

    public static async Task<Ok<OpportunityDto>> UpdateOpportunity(Guid id, UpdateOpportunityCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<OpportunityDto>> ReopenOpportunity(Guid id, ReopenOpportunityCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<NoContent> DeleteOpportunity(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteOpportunityCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<KeysetPage<OpportunityListItemDto>>> ListMyOpportunities(
        ISender sender, CancellationToken ct, OpportunityStage? stage = null, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListMyOpportunitiesQuery(stage, sort, cursor, limit), ct));

    public static async Task<Ok<OpportunityDto>> GetMyOpportunity(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyOpportunityQuery(id), ct));

    public static async Task<Ok<OpportunityDto>> UpdateMyOpportunity(Guid id, UpdateMyOpportunityCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
