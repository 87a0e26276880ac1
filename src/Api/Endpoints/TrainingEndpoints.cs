using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Certificates;
using PartnerPortal.Application.Features.Certificates.CreateCertificate;
using PartnerPortal.Application.Features.Certificates.DeleteCertificate;
using PartnerPortal.Application.Features.Certificates.GetCertificate;
using PartnerPortal.Application.Features.Certificates.ListCertificates;
using PartnerPortal.Application.Features.Certificates.ListMyCertificates;
using PartnerPortal.Application.Features.Certificates.UpdateCertificate;
using PartnerPortal.Application.Features.Trainings;
using PartnerPortal.Application.Features.Trainings.CreateTraining;
using PartnerPortal.Application.Features.Trainings.DeleteTraining;
using PartnerPortal.Application.Features.Trainings.GetTraining;
using PartnerPortal.Application.Features.Trainings.ListMyTrainings;
using PartnerPortal.Application.Features.Trainings.ListTrainings;
using PartnerPortal.Application.Features.Trainings.RecordTrainingResult;
using PartnerPortal.Application.Features.Trainings.UpdateTraining;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// Training and certificates of partner contacts (W9): employees keep them; an unpaid training's result takes one unit
/// of the partnership's certification fund; partners read their own on the portal.
/// </summary>
public static class TrainingEndpoints
{
    public static void MapTrainingEndpoints(this IEndpointRouteBuilder app)
    {
        var trainings = app.MapGroup("/api/trainings").WithTags("Training").RequireAuthorization(WebApiServices.BackOfficePolicy);
        trainings.MapGet("/", ListTrainings)
            .Describe(nameof(ListTrainings), "Lists trainings, newest first; filter by partner account and contact.", 400)
            .AcceptsTokenFor<ListTrainingsQuery>();
        trainings.MapGet("/{id:guid}", GetTraining).Describe(nameof(GetTraining), "Gets a training.", 404).AcceptsTokenFor<GetTrainingQuery>();
        trainings.MapPost("/", CreateTraining)
            .Describe(nameof(CreateTraining), "Records a training of a contact of a partner account.", 400, 404, 422)
            .AcceptsTokenFor<CreateTrainingCommand>();
        trainings.MapPut("/{id:guid}", UpdateTraining)
            .Describe(nameof(UpdateTraining), "Changes a training; its payment is fixed once the certification fund was debited (422 training_payment_locked).", 400, 404, 409, 422)
            .AcceptsTokenFor<UpdateTrainingCommand>();
        trainings.MapPost("/{id:guid}/result", RecordTrainingResult)
            .Describe(
                nameof(RecordTrainingResult),
                "Records a training's result; an unpaid training's first result takes 1.00 from the certification fund.",
                "Records (or corrects) the result; the partner's organization admins are told. The first result of an unpaid (NotPaid) training debits ONE unit (1.00 of the fund's currency) from the Certification fund of the partner's active partnership, opened on demand, in the same transaction; changing the result later posts nothing. 422 no_active_partnership; 409 insufficient_funds (never overdraws: the vendor grants free places by crediting the certification fund) writes nothing. Idempotent per Idempotency-Key.",
                400, 404, 409, 422)
            .AcceptsTokenFor<RecordTrainingResultCommand>();
        trainings.MapDelete("/{id:guid}", DeleteTraining)
            .Describe(nameof(DeleteTraining), "Deletes a training; its certification debit, if any, is reversed.", 404, 409, 422)
            .AcceptsTokenFor<DeleteTrainingCommand>();

        var certificates = app.MapGroup("/api/certificates").WithTags("Training").RequireAuthorization(WebApiServices.BackOfficePolicy);
        certificates.MapGet("/", ListCertificates)
            .Describe(nameof(ListCertificates), "Lists certificates, newest issue first, with their status today; filter by partner account and contact.", 400)
            .AcceptsTokenFor<ListCertificatesQuery>();
        certificates.MapGet("/{id:guid}", GetCertificate).Describe(nameof(GetCertificate), "Gets a certificate.", 404).AcceptsTokenFor<GetCertificateQuery>();
        certificates.MapPost("/", CreateCertificate)
            .Describe(nameof(CreateCertificate), "Adds a certificate of a contact of a partner account.", 400, 404, 422)
            .AcceptsTokenFor<CreateCertificateCommand>();
        certificates.MapPut("/{id:guid}", UpdateCertificate)
            .Describe(nameof(UpdateCertificate), "Changes a certificate.", 400, 404, 409, 422)
            .AcceptsTokenFor<UpdateCertificateCommand>();
        certificates.MapDelete("/{id:guid}", DeleteCertificate)
            .Describe(nameof(DeleteCertificate), "Deletes a certificate.", 404)
            .AcceptsTokenFor<DeleteCertificateCommand>();

        var portal = app.MapGroup("/api/portal").WithTags("Portal").RequireAuthorization(WebApiServices.PortalPolicy).WithMetadata(CookieSessionOnly.Instance);
        portal.MapGet("/trainings", ListMyTrainings).Describe(nameof(ListMyTrainings), "Your organization's trainings, newest first.", 400);
        portal.MapGet("/certificates", ListMyCertificates).Describe(nameof(ListMyCertificates), "Your organization's certificates with their status today.", 400);
    }

    public static async Task<Ok<Paged<TrainingDto>>> ListTrainings(
        ISender sender, CancellationToken ct, Guid? accountId = null, Guid? contactId = null, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListTrainingsQuery(accountId, contactId, page, pageSize), ct));

    public static async Task<Ok<TrainingDto>> GetTraining(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetTrainingQuery(id), ct));

    public static async Task<Created<TrainingDto>> CreateTraining(CreateTrainingCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/trainings/{created.Id}", created);
    }

    public static async Task<Ok<TrainingDto>> UpdateTraining(Guid id, UpdateTrainingCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<Ok<TrainingDto>> RecordTrainingResult(
        Guid id, RecordTrainingResultCommand body, [FromHeader(Name = IIdempotentCommand.Header)] string? idempotencyKey, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id, IdempotencyKey = idempotencyKey }, ct));

    public static async Task<NoContent> DeleteTraining(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteTrainingCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<Paged<CertificateDto>>> ListCertificates(
        ISender sender, CancellationToken ct, Guid? accountId = null, Guid? contactId = null, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListCertificatesQuery(accountId, contactId, page, pageSize), ct));

    public static async Task<Ok<CertificateDto>> GetCertificate(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetCertificateQuery(id), ct));

    public static async Task<Created<CertificateDto>> CreateCertificate(CreateCertificateCommand body, ISender sender, CancellationToken ct)
    {
        var created = await sender.Send(body, ct);
        return TypedResults.Created($"/api/certificates/{created.Id}", created);
    }

    public static async Task<Ok<CertificateDto>> UpdateCertificate(Guid id, UpdateCertificateCommand body, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(body with { Id = id }, ct));

    public static async Task<NoContent> DeleteCertificate(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new DeleteCertificateCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<Paged<PortalTrainingDto>>> ListMyTrainings(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListMyTrainingsQuery(page, pageSize), ct));

    public static async Task<Ok<Paged<PortalCertificateDto>>> ListMyCertificates(
        ISender sender, CancellationToken ct, int page = 1, int pageSize = PagingExtensions.DefaultPageSize) =>
        TypedResults.Ok(await sender.Send(new ListMyCertificatesQuery(page, pageSize), ct));
}
