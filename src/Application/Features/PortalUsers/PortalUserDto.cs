using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers;

public sealed record PortalUserDto(
    Guid Id, Guid ContactId, Guid OrganizationId, string Email, string DisplayName, bool IsActive, bool IsOrganizationAdmin,
    InvitationStatus InvitationStatus, DateTime? InvitationSentAt, string? LicensePoolName);
