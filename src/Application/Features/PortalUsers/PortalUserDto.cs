using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers;

public sealed record PortalUserDto(
    Guid Id, Guid ContactId, Guid OrganizationId, string Email, string DisplayName, bool IsActive, bool IsOrganizationAdmin,
    InvitationStatus InvitationStatus, DateTime? InvitationSentAt, string? LicensePoolName, InvitationDelivery InvitationDelivery,
    string? InvitationDeliveryError);

/// <summary>Where the latest invitation e-mail is: waiting in the outbox, being retried after failures, sent, or given up.</summary>
public enum InvitationDelivery
{
    None,
    Queued,
    Retrying,
    Sent,
    Failed,
}
