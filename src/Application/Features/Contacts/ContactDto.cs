namespace PartnerPortal.Application.Features.Contacts;

public sealed record ContactDto(Guid Id, string Name, string Email, bool HasPortalUser);
