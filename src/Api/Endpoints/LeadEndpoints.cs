using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Application.Features.Leads.AcceptMyLeadOffer;
using PartnerPortal.Application.Features.Leads.ChangeLeadStatus;
using PartnerPortal.Application.Features.Leads.ChangeMyLeadStatus;
using PartnerPortal.Application.Features.Leads.CreateLead;
using PartnerPortal.Application.Features.Leads.DeclineMyLeadOffer;
using PartnerPortal.Application.Features.Leads.ExportLeads;
using PartnerPortal.Application.Features.Leads.GetLead;
using PartnerPortal.Application.Features.Leads.GetMyLead;
using PartnerPortal.Application.Features.Leads.ListLeadOwnerCandidates;
using PartnerPortal.Application.Features.Leads.ListLeads;
using PartnerPortal.Application.Features.Leads.ListMyLeadOffers;
using PartnerPortal.Application.Features.Leads.ListMyLeads;
using PartnerPortal.Application.Features.Leads.OfferLead;
using PartnerPortal.Application.Features.Leads.RegisterMyLead;
using PartnerPortal.Application.Features.Leads.RouteLead;
using PartnerPortal.Application.Features.Leads.WithdrawLeadOffer;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Leads (W4, W5): employees create leads and pass them to partners as offers with a deadline, or have them routed
/// automatically; partners answer offers, register their own leads and work the leads they hold on the portal.
/// </summary>
public static class LeadEndpoints
{
    public static void MapLeadEndpoints(this IEndpointRouteBuilder app)
    {
        var leads = app.MapGroup("/api/leads").WithTags("Leads").RequireAuthorization(WebApiServices.BackOfficePolicy);
        leads.MapGet("/", ListLeads)
            .Describe(
                nameof(ListLeads),
                "Lists leads; filter by status, partner (holder or open offer), region, source and offer state; sort; keyset paged.",
                "Sort by createdAt (default, newest first), updatedAt or budget ('-' for descending). Pass the previous page's nextCursor as cursor for the next page (400 cursor_invalid for a cursor of another sort); nextCursor is null on the last page.",
                400)
            .AcceptsTokenFor<ListLeadsQuery>();
        leads.MapGet("/export", ExportLeads)
            .Describe(nameof(ExportLeads), "The leads of the list with the same filter and sort, every page, as a CSV file.", 400)
            .AcceptsTokenFor<ExportLeadsQuery>();
        leads.MapGet("/owner-candidates", ListLeadOwnerCandidates)
            .Describe(nameof(ListLeadOwnerCandidates), "The partner's active portal users, who may own a lead passed to it (the pass dialog's owner picker).", 400)
            .AcceptsTokenFor<ListLeadOwnerCandidatesQuery>();
        leads.MapGet("/{id:guid}", GetLead)
            .Describe(nameof(GetLead), "Gets a lead with its offer timeline, routing explanations (why this partner) and history.", 404)
            .AcceptsTokenFor<GetLeadQuery>();
        leads.MapPost("/", CreateLead)
            .Describe(nameof(CreateLead), "Creates a lead (customer account/contact or free text, need, budget, source, region); route: true routes it at once.", 400, 404, 422)
            .AcceptsTokenFor<CreateLeadCommand>();
        leads.MapPost("/{id:guid}/offer", OfferLead)
            .Describe(nameof(OfferLead), "Passes the lead to a partner as an offer with a deadline; the partner's organization admins are e-mailed.", 400, 404, 409, 422)
            .AcceptsTokenFor<OfferLeadCommand>();
        leads.MapPost("/{id:guid}/route", RouteLead)
            .Describe(nameof(RouteLead), "Routes the lead automatically to the best eligible partner and stores the candidates, scores and reason.", 404, 409, 422)
            .AcceptsTokenFor<RouteLeadCommand>();
        leads.MapPost("/{id:guid}/status", ChangeLeadStatus)
            .Describe(
                nameof(ChangeLeadStatus),
                "Moves a lead the vendor works itself: New → Working → Qualified / Disqualified (reason required); qualifying creates an opportunity.",
                "Only for a lead no partner holds or is offered (422 lead_worked_by_partner: the partner works it); other moves are 422 lead_status_invalid.",
                400, 404, 409, 422)
            .AcceptsTokenFor<ChangeLeadStatusCommand>();
        leads.MapPost("/{id:guid}/withdraw", WithdrawLeadOffer)
            .Describe(nameof(WithdrawLeadOffer), "Withdraws the lead's open offer; the partner's access ends.", 400, 404, 409, 422)
            .AcceptsTokenFor<WithdrawLeadOfferCommand>();

        var portal = app.MapGroup("/api/portal/leads").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", ListMyLeads)
            .Describe(nameof(ListMyLeads), "The leads your organization holds; filter by status; keyset paged (newest first).", 400);
        portal.MapGet("/offers", ListMyLeadOffers)
            .Describe(nameof(ListMyLeadOffers), "Offers waiting for your answer, soonest deadline first.");
        portal.MapGet("/{id:guid}", GetMyLead)
            .Describe(nameof(GetMyLead), "A lead you hold or have an open offer for.", 404);
        portal.MapPost("/", RegisterMyLead)
            .Describe(nameof(RegisterMyLead), "Registers a lead of your own: partner and owner are you (Partner sale).", 400, 422);
        portal.MapPost("/{id:guid}/accept", AcceptMyLeadOffer)
            .Describe(nameof(AcceptMyLeadOffer), "Accepts your open offer of the lead: your organization holds it from now on.", 404, 409, 422);
        portal.MapPost("/{id:guid}/decline", DeclineMyLeadOffer)
            .Describe(nameof(DeclineMyLeadOffer), "Declines your open offer with a reason; the lead is offered to another partner and you no longer see it.", 400, 404, 409, 422);
        portal.MapPost("/{id:guid}/status", ChangeMyLeadStatus)
            .Describe(
                nameof(ChangeMyLeadStatus),
                "Moves a lead you hold: New → Working → Qualified / Disqualified (reason required); qualifying creates an opportunity.",
                400, 404, 409, 422);
    }

    public static async Task<Ok<KeysetPage<LeadListItemDto>>> ListLeads(
        [AsParameters] LeadFilter filter, ISender sender, CancellationToken ct, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListLeadsQuery(filter, sort, cursor, limit), ct));

    public static CsvFile<LeadExportRow> ExportLeads([AsParameters] LeadFilter filter, ISender sender, CancellationToken ct, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportLeadsQuery(filter, sort), ct), "leads");

    public static async Task<Ok<IReadOnlyList<OwnerCandidateDto>>> ListLeadOwnerCandidates(Guid accountId, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListLeadOwnerCandidatesQuery(accountId), ct));

    public static async Task<Ok<LeadDto>> GetLead(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLeadQuery(id), ct));

    public static async Task<Created<LeadDto>> CreateLead(CreateLeadCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/leads/{created.Id}", created);
    }

    public static async Task<Ok<LeadDto>> OfferLead(Guid id, OfferLeadCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<LeadDto>> RouteLead(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RouteLeadCommand(id), ct));

    public static async Task<Ok<LeadDto>> ChangeLeadStatus(Guid id, ChangeLeadStatusCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<LeadDto>> WithdrawLeadOffer(Guid id, WithdrawLeadOfferCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<KeysetPage<LeadListItemDto>>> ListMyLeads(
        ISender sender, CancellationToken ct, LeadStatus? status = null, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListMyLeadsQuery(status, sort, cursor, limit), ct));

    public static async Task<Ok<IReadOnlyList<MyLeadOfferDto>>> ListMyLeadOffers(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListMyLeadOffersQuery(), ct));

    public static async Task<Ok<LeadDto>> GetMyLead(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyLeadQuery(id), ct));

    public static async Task<Created<LeadDto>> RegisterMyLead(RegisterMyLeadCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/portal/leads/{created.Id}", created);
    }

    public static async Task<Ok<LeadDto>> AcceptMyLeadOffer(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new AcceptMyLeadOfferCommand(id), ct));

    public static async Task<NoContent> DeclineMyLeadOffer(Guid id, DeclineMyLeadOfferCommand body, ISender sender, CancellationToken ct)
    {
        await sender.Send(body with { Id = id }, ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<LeadDto>> ChangeMyLeadStatus(Guid id, ChangeMyLeadStatusCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));
}
