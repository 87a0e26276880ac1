using Mediator;
using Microsoft.AspNetCore.Http.HttpResults;
using PartnerPortal.Api.Infrastructure;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.EmailActions;
using PartnerPortal.Application.Features.EmailActions.GetEmailAction;
using PartnerPortal.Application.Features.EmailActions.PerformEmailAction;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.Notifications.GetMyNotificationSummary;
using PartnerPortal.Application.Features.Notifications.ListMyNotifications;
using PartnerPortal.Application.Features.Notifications.MarkAllMyNotificationsRead;
using PartnerPortal.Application.Features.Notifications.MarkMyNotificationRead;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// The signed-in person's in-app notifications (the bell of both layouts), and the act-from-e-mail links (section 6
/// item 6) that answer a lead offer without signing in.
/// </summary>
public static class NotificationEndpoints
{
    public static void MapNotificationEndpoints(this IEndpointRouteBuilder app)
    {
        var mine = app.MapGroup("/api/notifications").WithTags("Notifications").RequireAuthorization().WithMetadata(CookieSessionOnly.Instance);
        mine.MapGet("/", ListMyNotifications)
            .Describe(nameof(ListMyNotifications), "Your notifications, newest first; unreadOnly: true for the unread ones; keyset paged.", 400);
        mine.MapGet("/summary", GetMyNotificationSummary)
            .Describe(nameof(GetMyNotificationSummary), "How many of your notifications are unread (the bell's count).");
        mine.MapPost("/{id:guid}/read", MarkMyNotificationRead)
            .Describe(nameof(MarkMyNotificationRead), "Marks one of your notifications read.", 404);
        mine.MapPost("/read-all", MarkAllMyNotificationsRead)
            .Describe(nameof(MarkAllMyNotificationsRead), "Marks all your notifications read.");

        var links = app.MapGroup("/api/email-actions").WithTags("Notifications").AllowAnonymous().RequireRateLimiting(WebApiServices.SignInRateLimit);
        links.MapGet("/{token}", GetEmailAction)
            .Describe(nameof(GetEmailAction), "What an e-mail's action link (Accept / Decline an offer) would do, and whether it still can; changes nothing.", 404, 429);
        links.MapPost("/{token}", PerformEmailAction)
            .Describe(
                nameof(PerformEmailAction),
                "Does what the e-mail's action link says, as the person it was sent to (single use, until the offer's deadline).",
                "Accept needs no body; Decline needs a reason. A used or expired link, an offer already answered or a recipient no longer active is 409 and changes nothing.",
                400, 404, 409, 422, 429);
    }

    public static async Task<Ok<KeysetPage<NotificationDto>>> ListMyNotifications(
        ISender sender, CancellationToken ct, bool unreadOnly = false, string? cursor = null, int limit = Keyset.DefaultLimit) =>
        TypedResults.Ok(await sender.Send(new ListMyNotificationsQuery(unreadOnly, cursor, limit), ct));

    public static async Task<Ok<NotificationSummaryDto>> GetMyNotificationSummary(ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetMyNotificationSummaryQuery(), ct));

    public static async Task<NoContent> MarkMyNotificationRead(Guid id, ISender sender, CancellationToken ct)
    {
        await sender.Send(new MarkMyNotificationReadCommand(id), ct);
        return TypedResults.NoContent();
    }

    public static async Task<NoContent> MarkAllMyNotificationsRead(ISender sender, CancellationToken ct)
    {
        await sender.Send(new MarkAllMyNotificationsReadCommand(), ct);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<EmailActionDto>> GetEmailAction(string token, ISender sender, CancellationToken ct) =>
        TypedResults.Ok(await sender.Send(new GetEmailActionQuery(token), ct));

    public static async Task<Ok<EmailActionDto>> PerformEmailAction(string token, ISender sender, CancellationToken ct, PerformEmailActionCommand? body = null) =>
        TypedResults.Ok(await sender.Send((body ?? new PerformEmailActionCommand()) with { Token = token }, ct));
}
