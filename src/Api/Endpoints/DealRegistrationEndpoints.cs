using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.DealRegistrations;
using PartnerPortal.Application.Features.DealRegistrations.ApproveDealRegistration;
using PartnerPortal.Application.Features.DealRegistrations.ApproveDealRegistrationExtension;
using PartnerPortal.Application.Features.DealRegistrations.ExportDealRegistrations;
using PartnerPortal.Application.Features.DealRegistrations.GetDealRegistration;
using PartnerPortal.Application.Features.DealRegistrations.GetMyDealRegistration;
using PartnerPortal.Application.Features.DealRegistrations.ListDealRegistrations;
using PartnerPortal.Application.Features.DealRegistrations.ListMyDealRegistrations;
using PartnerPortal.Application.Features.DealRegistrations.PreCheckDealRegistration;
using PartnerPortal.Application.Features.DealRegistrations.RegisterMyDealRegistration;
using PartnerPortal.Application.Features.DealRegistrations.RejectDealRegistration;
using PartnerPortal.Application.Features.DealRegistrations.RequestMyDealRegistrationExtension;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Deal registrations (issue 9, D9): partners register deals and pre-check whether a customer is protected on the
/// portal; partner managers work the queue (conflicts side by side), approve, reject and extend.
/// </summary>
public static class DealRegistrationEndpoints
{
    public static void MapDealRegistrationEndpoints(this IEndpointRouteBuilder app)
    {
        var deals = app.MapGroup("/api/deal-registrations").WithTags("DealRegistrations").RequireAuthorization(WebApiServices.BackOfficePolicy);
        deals.MapGet("/", ListDealRegistrations)
            .Describe(
                nameof(ListDealRegistrations),
                "The registrations queue; filter by status, conflict flag and partner; sort; keyset paged.",
                "Sort by submittedAt (default, newest first) or amount ('-' for descending). Pass the previous page's nextCursor as cursor for the next page; nextCursor is null on the last page.",
                400)
            .AcceptsTokenFor<ListDealRegistrationsQuery>();
        deals.MapGet("/export", ExportDealRegistrations)
            .Describe(nameof(ExportDealRegistrations), "The registrations of the queue with the same filter and sort, every page, as a CSV file.", 400)
            .AcceptsTokenFor<ExportDealRegistrationsQuery>();
        deals.MapGet("/{id:guid}", GetDealRegistration)
            .Describe(nameof(GetDealRegistration), "Gets a registration with its conflicts side by side and its history.", 404)
            .AcceptsTokenFor<GetDealRegistrationQuery>();
        deals.MapPost("/{id:guid}/approve", ApproveDealRegistration)
            .Describe(nameof(ApproveDealRegistration), "Approves a submitted registration: protected for the level's protection days (default 90).", 404, 409, 422)
            .AcceptsTokenFor<ApproveDealRegistrationCommand>();
        deals.MapPost("/{id:guid}/reject", RejectDealRegistration)
            .Describe(nameof(RejectDealRegistration), "Rejects a submitted registration with a reason.", 400, 404, 409, 422)
            .AcceptsTokenFor<RejectDealRegistrationCommand>();
        deals.MapPost("/{id:guid}/approve-extension", ApproveDealRegistrationExtension)
            .Describe(nameof(ApproveDealRegistrationExtension), "Grants the requested extension of the protection, once.", 404, 409, 422)
            .AcceptsTokenFor<ApproveDealRegistrationExtensionCommand>();

        var portal = app.MapGroup("/api/portal/deal-registrations").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", ListMyDealRegistrations)
            .Describe(nameof(ListMyDealRegistrations), "Your organization's deal registrations with status and protection end; keyset paged (newest first).", 400);
        portal.MapGet("/pre-check", PreCheckDealRegistration)
            .Describe(
                nameof(PreCheckDealRegistration),
                "Is a company name, e-mail domain or tax id protected right now? Only yes / no and until when, never by whom. Rate limited per user (429 with Retry-After).",
                400, 422, 429)
            .RequireRateLimiting(WebApiServices.PreCheckRateLimit);
        portal.MapGet("/{id:guid}", GetMyDealRegistration)
            .Describe(nameof(GetMyDealRegistration), "One of your organization's registrations with its history.", 404);
        portal.MapPost("/", RegisterMyDealRegistration)
            .Describe(nameof(RegisterMyDealRegistration), "Registers a deal; the answer says whether the customer was already protected, never by whom.", 400, 422);
        portal.MapPost("/{id:guid}/request-extension", RequestMyDealRegistrationExtension)
            .Describe(nameof(RequestMyDealRegistrationExtension), "Asks to extend the running protection of an approved registration (once).", 404, 409, 422);
    }

    public static async Task<Ok<KeysetPage<DealRegistrationListItemDto>>> ListDealRegistrations(
        [AsParameters] DealRegistrationFilter filter, ISender sender, CancellationToken ct, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListDealRegistrationsQuery(filter, sort, cursor, limit), ct));

    public static CsvFile<DealRegistrationExportRow> ExportDealRegistrations([AsParameters] DealRegistrationFilter filter, ISender sender, CancellationToken ct, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportDealRegistrationsQuery(filter, sort), ct), "deal-registrations");

    public static async Task<Ok<DealRegistrationDto>> GetDealRegistration(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetDealRegistrationQuery(id), ct));

    public static async Task<Ok<DealRegistrationDto>> ApproveDealRegistration(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveDealRegistrationCommand { Id = id }, ct));

    public static async Task<Ok<DealRegistrationDto>> RejectDealRegistration(Guid id, RejectDealRegistrationCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<DealRegistrationDto>> ApproveDealRegistrationExtension(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ApproveDealRegistrationExtensionCommand { Id = id }, ct));

    public static async Task<Ok<KeysetPage<DealRegistrationListItemDto>>> ListMyDealRegistrations(
        ISender sender, CancellationToken ct, DealRegistrationStatus? status = null, string? sort = null, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListMyDealRegistrationsQuery(status, sort, cursor, limit), ct));

    public static async Task<Ok<DealPreCheckDto>> PreCheckDealRegistration(ISender sender, CancellationToken ct, string? name = null, string? domain = null, string? taxId = null) =>
        TypedResults.Ok(await sender.Send(new PreCheckDealRegistrationQuery(name, domain, taxId), ct));

    public static async Task<Ok<DealRegistrationDto>> GetMyDealRegistration(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyDealRegistrationQuery(id), ct));

    public static async Task<Created<DealRegistrationDto>> RegisterMyDealRegistration(RegisterMyDealRegistrationCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/portal/deal-registrations/{created.Id}", created);
    }

    public static async Task<Ok<DealRegistrationDto>> RequestMyDealRegistrationExtension(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RequestMyDealRegistrationExtensionCommand { Id = id }, ct));
}
