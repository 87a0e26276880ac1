namespace PartnerPortal.Application.Features.PortalUsers;

public enum InvitationLinkStatus
{
    Valid,
    Expired,
    Used,
}

public sealed record InvitationDto(string Email, string OrganizationName, InvitationLinkStatus Status);
