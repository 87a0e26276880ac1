namespace PartnerPortal.Application.Features.Notifications;

/// <summary>One notification of the signed-in person; <see cref="Link"/> is the app's page it concerns.</summary>
public sealed record NotificationDto(Guid Id, string Topic, string Title, string Body, string? Link, DateTime CreatedAt, DateTime? ReadAt);

/// <summary>What the bell shows.</summary>
public sealed record NotificationSummaryDto(int Unread);
