using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.MarketingActivities;
using PartnerPortal.Application.Features.MarketingActivities.ApproveMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.CancelMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.CancelMyMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.CompleteMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.DeleteMyMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.GetMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.ListActivityOwnerCandidates;
using PartnerPortal.Application.Features.MarketingActivities.GetMyMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.ListMarketingActivities;
using PartnerPortal.Application.Features.MarketingActivities.ListMyMarketingActivities;
using PartnerPortal.Application.Features.MarketingActivities.ProposeMyMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.RejectMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.SubmitMyMarketingActivity;
using PartnerPortal.Application.Features.MarketingActivities.UpdateMyMarketingActivity;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Marketing activities (W8, D7): partners propose them on the portal; employees work the approval queue, and
/// approval, completion and cancellation move the budget in the fund ledger.
/// </summary>
public static class MarketingActivityEndpoints
{
    public static void MapMarketingActivityEndpoints(this IEndpointRouteBuilder app)
    {
        var activities = app.MapGroup("/api/marketing-activities").WithTags("Marketing activities").RequireAuthorization(WebApiServices.BackOfficePolicy);
        activities.MapGet("/", ListMarketingActivities)
            .Describe(nameof(ListMarketingActivities), "Lists activities (the approval queue: status=OnApproval); filter by status, partnership, partner and name; sort and page.", 400)
            .AcceptsTokenFor<ListMarketingActivitiesQuery>();
        activities.MapGet("/{id:guid}", GetMarketingActivity)
            .Describe(nameof(GetMarketingActivity), "Gets an activity with its history, newest first.", 404)
            .AcceptsTokenFor<GetMarketingActivityQuery>();
        activities.MapGet("/{id:guid}/owner-candidates", ListActivityOwnerCandidates)
            .Describe(nameof(ListActivityOwnerCandidates), "The partner's active portal users, who may own the activity (the approve dialog's picker).", 404)
            .AcceptsTokenFor<ListActivityOwnerCandidatesQuery>();
        activities.MapPost("/{id:guid}/reject", RejectMarketingActivity)
            .Describe(nameof(RejectMarketingActivity), "Rejects a proposal with a required reason; the partner is told by e-mail.", 400, 404, 409, 422)
            .AcceptsTokenFor<RejectMarketingActivityCommand>();
        activities.MapPost("/{id:guid}/approve", ApproveMarketingActivity)
            .Describe(
                nameof(ApproveMarketingActivity),
                "Approves a proposal with owner, approved budget and fund; the budget is debited from the fund (D7).",
                "Approves a proposal (OnApproval → Approved) with the owner (a portal user of the partner), the approved budget and the fund (one of the activity's partnership). The budget is debited from the fund in the same transaction; a debit that would overdraw is refused (409 insufficient_funds) and the activity stays on approval. Idempotent per Idempotency-Key.",
                400, 404, 409, 422)
            .AcceptsTokenFor<ApproveMarketingActivityCommand>();
        activities.MapPost("/{id:guid}/complete", CompleteMarketingActivity)
            .Describe(
                nameof(CompleteMarketingActivity),
                "Completes an approved activity with the amount spent; the difference is posted to the fund (D7).",
                "Completes an approved activity (Approved → Completed) with the amount spent: unspent budget is credited back to the fund, extra spending debited (409 insufficient_funds when it would overdraw). Idempotent per Idempotency-Key.",
                400, 404, 409, 422)
            .AcceptsTokenFor<CompleteMarketingActivityCommand>();
        activities.MapPost("/{id:guid}/cancel", CancelMarketingActivity)
            .Describe(
                nameof(CancelMarketingActivity),
                "Cancels a proposal or an approved activity; an approved one's fund entries are reversed (D7).",
                400, 404, 409, 422)
            .AcceptsTokenFor<CancelMarketingActivityCommand>();

        var portal = app.MapGroup("/api/portal/marketing-activities").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", ListMyMarketingActivities)
            .Describe(nameof(ListMyMarketingActivities), "Your organization's marketing activities, newest first; filter by status.", 400);
        portal.MapGet("/{id:guid}", GetMyMarketingActivity)
            .Describe(nameof(GetMyMarketingActivity), "One of your activities with its history.", 404);
        portal.MapPost("/", ProposeMyMarketingActivity)
            .Describe(nameof(ProposeMyMarketingActivity), "Proposes an activity for your active partnership, as a draft or (submit: true) for approval at once.", 400, 422);
        portal.MapPut("/{id:guid}", UpdateMyMarketingActivity)
            .Describe(nameof(UpdateMyMarketingActivity), "Changes a draft.", 400, 404, 409, 422);
        portal.MapPost("/{id:guid}/submit", SubmitMyMarketingActivity)
            .Describe(nameof(SubmitMyMarketingActivity), "Sends a draft for approval; your partner manager is told by e-mail.", 404, 409, 422);
        portal.MapPost("/{id:guid}/cancel", CancelMyMarketingActivity)
            .Describe(nameof(CancelMyMarketingActivity), "Cancels your draft or proposal (an approved activity only the vendor cancels).", 404, 409, 422);
        portal.MapDelete("/{id:guid}", DeleteMyMarketingActivity)
            .Describe(nameof(DeleteMyMarketingActivity), "Deletes a draft.", 404, 409, 422);
    }

    public static async Task<Ok<Paged<MarketingActivityListItemDto>>> ListMarketingActivities(
        ISender sender,
        CancellationToken ct,
        MarketingActivityStatus? status = null,
        Guid? partnershipId = null,
        Guid? accountId = null,
        string? search = null,
        string? sort = null,
        int page = 1,
        int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListMarketingActivitiesQuery(status, partnershipId, accountId, search, sort, page, pageSize), ct));

    public static async Task<Ok<MarketingActivityDto>> GetMarketingActivity(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMarketingActivityQuery(id), ct));

    public static async Task<Ok<IReadOnlyList<OwnerCandidateDto>>> ListActivityOwnerCandidates(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListActivityOwnerCandidatesQuery(id), ct));

    public static async Task<Ok<MarketingActivityDto>> RejectMarketingActivity(Guid id, RejectMarketingActivityCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<MarketingActivityDto>> ApproveMarketingActivity(
        Guid id, ApproveMarketingActivityCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id, IdempotencyKey = idempotencyKey }, ct));

    public static async Task<Ok<MarketingActivityDto>> CompleteMarketingActivity(
        Guid id, CompleteMarketingActivityCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id, IdempotencyKey = idempotencyKey }, ct));

    public static async Task<Ok<MarketingActivityDto>> CancelMarketingActivity(
        Guid id, CancelMarketingActivityCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id, IdempotencyKey = idempotencyKey }, ct));

    public static async Task<Ok<Paged<MarketingActivityListItemDto>>> ListMyMarketingActivities(
        ISender sender, CancellationToken ct, MarketingActivityStatus? status = null, string? sort = null, int page = 1,
        int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListMyMarketingActivitiesQuery(status, sort, page, pageSize), ct));

    public static async Task<Ok<MarketingActivityDto>> GetMyMarketingActivity(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyMarketingActivityQuery(id), ct));

    public static async Task<Created<MarketingActivityDto>> ProposeMyMarketingActivity(ProposeMyMarketingActivityCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/portal/marketing-activities/{created.Id}", created);
    }

    public static async Task<Ok<MarketingActivityDto>> UpdateMyMarketingActivity(
        Guid id, UpdateMyMarketingActivityCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<MarketingActivityDto>> SubmitMyMarketingActivity(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new SubmitMyMarketingActivityCommand(id), ct));

    public static async Task<Ok<MarketingActivityDto>> CancelMyMarketingActivity(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new CancelMyMarketingActivityCommand(id), ct));

    public static async Task<NoContent> DeleteMyMarketingActivity(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteMyMarketingActivityCommand(id), ct);
        return TypedResults.NoContent();
    }
}
