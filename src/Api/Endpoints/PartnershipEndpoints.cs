using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.Partnerships.CreatePartnership;
using PartnerPortal.Application.Features.Partnerships.ExportPartnerships;
using PartnerPortal.Application.Features.Partnerships.GetPartnership;
using PartnerPortal.Application.Features.Partnerships.GetPartnershipHistory;
using PartnerPortal.Application.Features.Partnerships.ListPartnerships;
using PartnerPortal.Application.Features.Partnerships.OverridePartnershipLevel;
using PartnerPortal.Application.Features.Partnerships.GetPartnershipEvents;
using PartnerPortal.Application.Features.Partnerships.EvaluatePartnership;
using PartnerPortal.Application.Features.Partnerships.GetPartnershipDecisions;
using PartnerPortal.Application.Features.Partnerships.GetRenewalProposal;
using PartnerPortal.Application.Features.Partnerships.RemoveParameterOverride;
using PartnerPortal.Application.Features.Partnerships.RenewPartnership;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Application.Features.Partnerships.SetPartnershipActive;
using PartnerPortal.Application.Features.Partnerships.UpdatePartnership;
using PartnerPortal.Application.Features.Partnerships.UpdatePartnershipParameter;
using PartnerPortal.Domain.Accounts;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Partnerships: level, score against target, obligations, benefits and history.</summary>
public static class PartnershipEndpoints
{
    public static void MapPartnershipEndpoints(this IEndpointRouteBuilder app)
    {
        var partnerships = app.MapGroup("/api/partnerships").WithTags("Partnerships").RequireAuthorization(WebApiServices.BackOfficePolicy);
        partnerships.MapGet("/", ListPartnerships)
            .Describe(nameof(ListPartnerships), "Lists partnerships; filter by type, level and active flag; sort and page.", 400)
            .AcceptsTokenFor<ListPartnershipsQuery>();
        partnerships.MapGet("/export", ExportPartnerships)
            .Describe(nameof(ExportPartnerships), "Exports the partnerships of the list as CSV: the same filter and sort, every page.", 400)
            .AcceptsTokenFor<ExportPartnershipsQuery>();
        partnerships.MapGet("/{id:guid}", GetPartnership)
            .Describe(nameof(GetPartnership), "Gets a partnership: level N of M, score against target, obligations and benefits.", 404)
            .AcceptsTokenFor<GetPartnershipQuery>();
        partnerships.MapGet("/{id:guid}/history", GetPartnershipHistory)
            .Describe(nameof(GetPartnershipHistory), "The partnership's parameter history, newest first.", 400, 404)
            .AcceptsTokenFor<GetPartnershipHistoryQuery>();
        partnerships.MapPost("/", CreatePartnership)
            .Describe(nameof(CreatePartnership), "Creates a partnership; the level's parameters are copied to it.", 400, 404, 409, 422)
            .AcceptsTokenFor<CreatePartnershipCommand>();
        partnerships.MapPut("/{id:guid}", UpdatePartnership)
            .Describe(nameof(UpdatePartnership), "Changes name and period; the level changes only by promotion or override (422 level_change_needs_override).", 400, 404, 409, 422)
            .AcceptsTokenFor<UpdatePartnershipCommand>();
        partnerships.MapPost("/{id:guid}/activate", ActivatePartnership)
            .Describe(nameof(ActivatePartnership), "Activates a partnership; refused while the partner has another active one.", 404, 409)
            .AcceptsTokenFor<SetPartnershipActiveCommand>();
        partnerships.MapPost("/{id:guid}/evaluate", EvaluatePartnership)
            .Describe(nameof(EvaluatePartnership), "Evaluates the partnership now: measures its obligations from the records, re-scores, promotes while the target is met.", 404, 409, 422)
            .AcceptsTokenFor<EvaluatePartnershipCommand>();
        partnerships.MapGet("/{id:guid}/decisions", GetPartnershipDecisions)
            .Describe(nameof(GetPartnershipDecisions), "The partnership's tier decisions, newest first: measured values, points, result, reason and trigger.", 400, 404)
            .AcceptsTokenFor<GetPartnershipDecisionsQuery>();
        partnerships.MapGet("/{id:guid}/renewal", GetRenewalProposal)
            .Describe(nameof(GetRenewalProposal), "The level proposed for the next period (D4) and why, and from when the renewal can be done.", 404)
            .AcceptsTokenFor<GetRenewalProposalQuery>();
        partnerships.MapPost("/{id:guid}/renew", RenewPartnership)
            .Describe(nameof(RenewPartnership), "Renews into the next period in one action: at the proposed level, or another with a reason; funds carry over.", 400, 404, 409, 422)
            .AcceptsTokenFor<RenewPartnershipCommand>();
        partnerships.MapPost("/{id:guid}/override-level", OverridePartnershipLevel)
            .Describe(nameof(OverridePartnershipLevel), "Overrides the level with a required reason (kept in the event log); reached values are kept.", 400, 404, 409, 422)
            .AcceptsTokenFor<OverridePartnershipLevelCommand>();
        partnerships.MapGet("/{id:guid}/events", GetPartnershipEvents)
            .Describe(nameof(GetPartnershipEvents), "The partnership's event log (one readable line per action), newest first.", 400, 404)
            .AcceptsTokenFor<GetPartnershipEventsQuery>();
        partnerships.MapPost("/{id:guid}/deactivate", DeactivatePartnership).Describe(nameof(DeactivatePartnership), "Deactivates a partnership.", 404)
            .AcceptsTokenFor<SetPartnershipActiveCommand>();
        partnerships.MapPut("/{id:guid}/parameters/{parameterId:guid}", UpdatePartnershipParameter)
            .Describe(nameof(UpdatePartnershipParameter), "Sets the value reached for an obligation the engine does not measure, or overrides a measured one with a reason (422 metric_is_computed without).", 400, 404, 409, 422)
            .AcceptsTokenFor<UpdatePartnershipParameterCommand>();
        partnerships.MapDelete("/{id:guid}/parameters/{parameterId:guid}/override", RemoveParameterOverride)
            .Describe(nameof(RemoveParameterOverride), "Removes the override of a measured obligation; the engine measures it again at once.", 404, 409, 422)
            .AcceptsTokenFor<RemoveParameterOverrideCommand>();
    }

    public static async Task<Ok<Paged<PartnershipListItemDto>>> ListPartnerships(
        [AsParameters] PartnershipFilter filter, ISender sender, CancellationToken ct, string? sort = null, int page = 1, int pageSize = 25) =>
        TypedResults.Ok(await sender.Send(new ListPartnershipsQuery(filter, sort, page, pageSize), ct));

    public static CsvFile<PartnershipExportRow> ExportPartnerships(
        [AsParameters] PartnershipFilter filter, ISender sender, CancellationToken ct, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportPartnershipsQuery(filter, sort), ct), "partnerships");

    public static async Task<Ok<PartnershipDto>> GetPartnership(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetPartnershipQuery(id), ct));

    public static async Task<Ok<Paged<ParameterHistoryDto>>> GetPartnershipHistory(
        Guid id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetPartnershipHistoryQuery(id, page, pageSize), ct));

    public static async Task<Created<PartnershipDto>> CreatePartnership(CreatePartnershipCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/partnerships/{created.Id}", created);
    }

    public static async Task<Ok<PartnershipDto>> UpdatePartnership(Guid id, UpdatePartnershipCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<PartnershipDto>> ActivatePartnership(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetPartnershipActiveCommand(id, true), ct));

    public static async Task<Ok<PartnershipDto>> EvaluatePartnership(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new EvaluatePartnershipCommand { Id = id }, ct));

    public static async Task<Ok<Paged<TierDecisionDto>>> GetPartnershipDecisions(
        Guid id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetPartnershipDecisionsQuery(id, page, pageSize), ct));

    public static async Task<Ok<RenewalProposalDto>> GetRenewalProposal(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetRenewalProposalQuery(id), ct));

    public static async Task<Created<PartnershipDto>> RenewPartnership(Guid id, RenewPartnershipCommand body, ISender sender, CancellationToken ct)
    {
        var renewed = await sender.Send(body with { Id = id }, ct);
        return TypedResults.Created($"/api/partnerships/{renewed.Id}", renewed);
    }

    public static async Task<Ok<PartnershipDto>> RemoveParameterOverride(Guid id, Guid parameterId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RemoveParameterOverrideCommand(id, parameterId), ct));

    public static async Task<Ok<PartnershipDto>> OverridePartnershipLevel(
        Guid id, OverridePartnershipLevelCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<Paged<PartnershipEventDto>>> GetPartnershipEvents(
        Guid id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new GetPartnershipEventsQuery(id, page, pageSize), ct));

    public static async Task<Ok<PartnershipDto>> DeactivatePartnership(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SetPartnershipActiveCommand(id, false), ct));

    public static async Task<Ok<PartnershipDto>> UpdatePartnershipParameter(
        Guid id, Guid parameterId, UpdatePartnershipParameterCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { PartnershipId = id, ParameterId = parameterId }, ct));
}
