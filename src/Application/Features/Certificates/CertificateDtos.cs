using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Certificates;

/// <summary>A certificate as employees see it; <see cref="Status"/> and <see cref="IsValid"/> as of today.</summary>
public sealed record CertificateDto(
    Guid Id, Guid AccountId, string AccountName, Guid ContactId, string ContactName, string Name, string? Number, DateOnly IssuedOn,
    DateOnly? ExpiresOn, Guid? TrainingId, CertificateStatus Status, bool IsValid, DateTime CreatedAt);

/// <summary>A certificate of the partner's own contacts, on the portal; <see cref="Status"/> and <see cref="IsValid"/> as of today.</summary>
public sealed record PortalCertificateDto(
    Guid Id, Guid ContactId, string ContactName, string Name, string? Number, DateOnly IssuedOn, DateOnly? ExpiresOn, CertificateStatus Status, bool IsValid);
