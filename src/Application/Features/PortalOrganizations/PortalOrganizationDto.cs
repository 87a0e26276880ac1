namespace PartnerPortal.Application.Features.PortalOrganizations;

public sealed record PortalOrganizationDto(Guid Id, Guid AccountId, string AccountName, string Name, int UserCount, int ActiveUserCount);
