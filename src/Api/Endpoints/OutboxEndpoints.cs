using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.OutboxMessages;
using PartnerPortal.Application.Features.OutboxMessages.ListOutboxMessages;
using PartnerPortal.Application.Features.OutboxMessages.RetryOutboxMessage;
using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Api.Endpoints;

/// <summary>Administration of the transactional outbox: what was sent, what waits, what gave up.</summary>
public static class OutboxEndpoints
{
    public static void MapOutboxEndpoints(this IEndpointRouteBuilder app)
    {
        var outbox = app.MapGroup("/api/admin/outbox").WithTags("Administration").RequireAuthorization(WebApiServices.BackOfficePolicy);
        outbox.MapGet("/", ListOutboxMessages)
            .Describe(nameof(ListOutboxMessages), "Lists outbox messages (e-mails waiting, sent or dead), newest first; administrators only.", 400);
        outbox.MapPost("/{id:guid}/retry", RetryOutboxMessage)
            .Describe(nameof(RetryOutboxMessage), "Sends a dead outbox message again with a fresh set of attempts.", 404, 409);
    }

    public static async Task<Ok<Paged<OutboxMessageDto>>> ListOutboxMessages(
        ISender sender, CancellationToken ct, OutboxMessageState? state = null, int page = 1, int pageSize = 50) =>
        TypedResults.Ok(await sender.Send(new ListOutboxMessagesQuery(state, page, pageSize), ct));

    public static async Task<Ok<OutboxMessageDto>> RetryOutboxMessage(Guid id, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new RetryOutboxMessageCommand(id), ct));
}
