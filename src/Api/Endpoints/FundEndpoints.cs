using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Funds;
using PartnerPortal.Application.Features.Funds.CarryOverFunds;
using PartnerPortal.Application.Features.Funds.CreditFund;
using PartnerPortal.Application.Features.Funds.DebitFund;
using PartnerPortal.Application.Features.Funds.ExportFundEntries;
using PartnerPortal.Application.Features.Funds.GetFund;
using PartnerPortal.Application.Features.Funds.GetFundEntry;
using PartnerPortal.Application.Features.Funds.GetFundReconciliation;
using PartnerPortal.Application.Features.Funds.GetLedgerReconciliation;
using PartnerPortal.Application.Features.Funds.GetMyFunds;
using PartnerPortal.Application.Features.Funds.ListFundEntries;
using PartnerPortal.Application.Features.Funds.ListMyFundEntries;
using PartnerPortal.Application.Features.Funds.ListPartnershipFunds;
using PartnerPortal.Application.Features.Funds.OpenFund;
using PartnerPortal.Application.Features.Funds.ReverseFundEntry;
using PartnerPortal.Application.Features.FundTypes;
using PartnerPortal.Application.Features.FundTypes.CreateFundType;
using PartnerPortal.Application.Features.FundTypes.ListFundTypes;
using PartnerPortal.Application.Features.FundTypes.UpdateFundType;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Funds and the double-entry ledger: fund types, a partnership's funds, operations (entries), manual credits and
/// debits, reversals, carry-over at period end, reconciliation; and the partner's read-only view on the portal.
/// Every POST that moves money needs an <c>Idempotency-Key</c> header.
/// </summary>
public static class FundEndpoints
{
    public static void MapFundEndpoints(this IEndpointRouteBuilder app)
    {
        var types = app.MapGroup("/api/fund-types").WithTags("Funds").RequireAuthorization(WebApiServices.BackOfficePolicy);
        types.MapGet("/", ListFundTypes).Describe(nameof(ListFundTypes), "Lists the fund types (Marketing fund, Certification fund, ...).")
            .AcceptsTokenFor<ListFundTypesQuery>();
        types.MapPost("/", CreateFundType).Describe(nameof(CreateFundType), "Adds a fund type (administrators); code and name are unique.", 400, 409, 422);
        types.MapPut("/{id:guid}", UpdateFundType).Describe(nameof(UpdateFundType), "Renames or describes a fund type; its code is fixed.", 400, 404, 409);

        var partnerships = app.MapGroup("/api/partnerships/{id:guid}/funds").WithTags("Funds").RequireAuthorization(WebApiServices.BackOfficePolicy);
        partnerships.MapGet("/", ListPartnershipFunds).Describe(nameof(ListPartnershipFunds), "A partnership's funds with their balances.", 404)
            .AcceptsTokenFor<ListPartnershipFundsQuery>();
        partnerships.MapPost("/", OpenFund)
            .Describe(nameof(OpenFund), "Adds a fund of a type to an active partnership (balance 0); one per type.", 400, 404, 409, 422)
            .AcceptsTokenFor<OpenFundCommand>();
        partnerships.MapPost("/carry-over", CarryOverFunds)
            .Describe(
                nameof(CarryOverFunds),
                "Period end: moves the balances of the partner's previous partnership into this one's funds of the same types (pairs of CarryOver entries).",
                400, 404, 409, 422)
            .AcceptsTokenFor<CarryOverFundsCommand>();

        var funds = app.MapGroup("/api/funds").WithTags("Funds").RequireAuthorization(WebApiServices.BackOfficePolicy);
        funds.MapGet("/reconciliation", GetLedgerReconciliation)
            .Describe(nameof(GetLedgerReconciliation), "The whole ledger: the sum of all postings (always 0) and any fund whose balance disagrees with its postings.")
            .AcceptsTokenFor<GetLedgerReconciliationQuery>();
        funds.MapGet("/{id:guid}", GetFund).Describe(nameof(GetFund), "Gets a fund and its balance.", 404).AcceptsTokenFor<GetFundQuery>();
        funds.MapGet("/{id:guid}/reconciliation", GetFundReconciliation)
            .Describe(nameof(GetFundReconciliation), "A fund's stored balance against the sum of its postings; they must agree.", 404)
            .AcceptsTokenFor<GetFundReconciliationQuery>();
        funds.MapPost("/{id:guid}/credits", CreditFund)
            .Describe(nameof(CreditFund), "Credits the fund from the vendor's budget (a manual operation with a description).", 400, 404, 409, 422)
            .AcceptsTokenFor<CreditFundCommand>();
        funds.MapPost("/{id:guid}/debits", DebitFund)
            .Describe(
                nameof(DebitFund),
                "Debits the fund (a manual correction). Below zero only for Finance or Admin with overdraftReason (422 overdraft_reason_required); "
                + "anyone else gets 409 insufficient_funds.",
                400, 404, 409, 422)
            .AcceptsTokenFor<DebitFundCommand>();

        var entries = app.MapGroup("/api/fund-operations").WithTags("Funds").RequireAuthorization(WebApiServices.BackOfficePolicy);
        entries.MapGet("/", ListFundEntries)
            .Describe(nameof(ListFundEntries), "Lists operations (journal entries); filter by partnership, fund, kind and date range (UTC days, inclusive); sort by date or amount ('-' descending); paged.", 400)
            .AcceptsTokenFor<ListFundEntriesQuery>();
        entries.MapGet("/export", ExportFundEntries)
            .Describe(nameof(ExportFundEntries), "The operations of the list with the same filter and sort, every page, as a CSV file.", 400)
            .AcceptsTokenFor<ExportFundEntriesQuery>();
        entries.MapGet("/{id:guid}", GetFundEntry).Describe(nameof(GetFundEntry), "Gets one operation with its two postings.", 404)
            .AcceptsTokenFor<GetFundEntryQuery>();
        entries.MapPost("/{id:guid}/reverse", ReverseFundEntry)
            .Describe(
                nameof(ReverseFundEntry),
                "Reverses an operation with a reason: at most once (409 entry_already_reversed); a reversal or carry-over is not reversible (422 entry_not_reversible).",
                400, 404, 409, 422)
            .AcceptsTokenFor<ReverseFundEntryCommand>();

        var portal = app.MapGroup("/api/portal/funds").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy)
            .WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/", GetMyFunds).Describe(nameof(GetMyFunds), "Your funds: balances and latest operations (read-only).", 422);
        portal.MapGet("/{id:guid}/operations", ListMyFundEntries).Describe(nameof(ListMyFundEntries), "All operations of one of your funds, newest first.", 400, 404);
    }

    public static async Task<Ok<IReadOnlyList<FundTypeDto>>> ListFundTypes(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListFundTypesQuery(), ct));

    public static async Task<Created<FundTypeDto>> CreateFundType(CreateFundTypeCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/fund-types/{created.Id}", created);
    }

    public static async Task<Ok<FundTypeDto>> UpdateFundType(Guid id, UpdateFundTypeCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<IReadOnlyList<FundDto>>> ListPartnershipFunds(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new ListPartnershipFundsQuery(id), ct));

    public static async Task<Created<FundDto>> OpenFund(Guid id, OpenFundCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body with { PartnershipId = id }, ct);
        return TypedResults.Created($"/api/funds/{created.Id}", created);
    }

    public static async Task<Ok<CarryOverDto>> CarryOverFunds(
        Guid id, CarryOverFundsCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { PartnershipId = id, IdempotencyKey = idempotencyKey }, ct));

    public static async Task<Ok<LedgerReconciliationDto>> GetLedgerReconciliation(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetLedgerReconciliationQuery(), ct));

    public static async Task<Ok<FundDto>> GetFund(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFundQuery(id), ct));

    public static async Task<Ok<FundReconciliationDto>> GetFundReconciliation(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFundReconciliationQuery(id), ct));

    public static async Task<Created<FundEntryDto>> CreditFund(
        Guid id, CreditFundCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct)
    {
        var entry = await sender.Send(body with { FundId = id, IdempotencyKey = idempotencyKey }, ct);
        return TypedResults.Created($"/api/fund-operations/{entry.Id}", entry);
    }

    public static async Task<Created<FundEntryDto>> DebitFund(
        Guid id, DebitFundCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct)
    {
        var entry = await sender.Send(body with { FundId = id, IdempotencyKey = idempotencyKey }, ct);
        return TypedResults.Created($"/api/fund-operations/{entry.Id}", entry);
    }

    public static async Task<Ok<Paged<FundEntryDto>>> ListFundEntries(
        [AsParameters] FundEntryFilter filter, ISender sender, CancellationToken ct, string? sort = null, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListFundEntriesQuery(filter, sort, page, pageSize), ct));

    public static CsvFile<FundEntryExportRow> ExportFundEntries([AsParameters] FundEntryFilter filter, ISender sender, CancellationToken ct, string? sort = null) =>
        CsvFile.Of(sender.CreateStream(new ExportFundEntriesQuery(filter, sort), ct), "fund-operations");

    public static async Task<Ok<FundEntryDto>> GetFundEntry(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetFundEntryQuery(id), ct));

    public static async Task<Created<FundEntryDto>> ReverseFundEntry(
        Guid id, ReverseFundEntryCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct)
    {
        var entry = await sender.Send(body with { EntryId = id, IdempotencyKey = idempotencyKey }, ct);
        return TypedResults.Created($"/api/fund-operations/{entry.Id}", entry);
    }

    public static async Task<Ok<IReadOnlyList<PortalFundDto>>> GetMyFunds(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyFundsQuery(), ct));

    public static async Task<Ok<Paged<PortalFundEntryDto>>> ListMyFundEntries(
        Guid id, ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListMyFundEntriesQuery(id, page, pageSize), ct));
}
