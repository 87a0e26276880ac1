using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Certificates.UpdateCertificate;

/// <summary>Changes a certificate; the partner's "Certified experts" are re-evaluated (TierInputChanged).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record UpdateCertificateCommand(
    Guid ContactId, string Name, DateOnly IssuedOn, string? Number = null, DateOnly? ExpiresOn = null, Guid? TrainingId = null)
    : ICommand<CertificateDto>, ICertificateFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateCertificateHandler(IApplicationDbContext db, CertificateStore store, CertificateReader reader)
    : ICommandHandler<UpdateCertificateCommand, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(UpdateCertificateCommand command, CancellationToken cancellationToken)
    {
        var certificate = await store.LoadAsync(command.Id, cancellationToken);
        await store.EnsureReferencesAsync(certificate.AccountId, command, cancellationToken);
        certificate.Update(command.ContactId, command.Name, command.Number, command.IssuedOn, command.ExpiresOn, command.TrainingId);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(certificate.Id, cancellationToken);
    }
}
