using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Certificates.CreateCertificate;

/// <summary>Adds a certificate of a contact of a partner account; the partner's "Certified experts" are re-evaluated (TierInputChanged).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record CreateCertificateCommand(
    Guid AccountId, Guid ContactId, string Name, DateOnly IssuedOn, string? Number = null, DateOnly? ExpiresOn = null, Guid? TrainingId = null)
    : ICommand<CertificateDto>, ICertificateFields;

public sealed class CreateCertificateHandler(IApplicationDbContext db, CertificateStore store, CertificateReader reader, TimeProvider clock)
    : ICommandHandler<CreateCertificateCommand, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(CreateCertificateCommand command, CancellationToken cancellationToken)
    {
        await store.EnsureReferencesAsync(command.AccountId, command, cancellationToken);
        var certificate = Certificate.Create(
            command.AccountId, command.ContactId, command.Name, command.Number, command.IssuedOn, command.ExpiresOn, command.TrainingId,
            clock.GetUtcNow().UtcDateTime);
        db.Certificates.Add(certificate);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(certificate.Id, cancellationToken);
    }
}
