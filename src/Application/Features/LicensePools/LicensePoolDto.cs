using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools;

public sealed record LicensePoolDto(Guid Id, LicenseKind Kind, string Edition, int Seats, int Used, int Free);
