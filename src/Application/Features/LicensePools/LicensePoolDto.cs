namespace PartnerPortal.Application.Features.LicensePools;

public sealed record LicensePoolDto(Guid Id, string Edition, int Seats, int Used, int Free);
