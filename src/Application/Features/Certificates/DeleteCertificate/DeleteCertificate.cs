using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Certificates.DeleteCertificate;

/// <summary>Deletes a certificate; the partner's "Certified experts" are re-evaluated (TierInputChanged).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record DeleteCertificateCommand(Guid Id) : ICommand;

public sealed class DeleteCertificateHandler(IApplicationDbContext db, CertificateStore store) : ICommandHandler<DeleteCertificateCommand>
{
    public async ValueTask<Unit> Handle(DeleteCertificateCommand command, CancellationToken cancellationToken)
    {
        var certificate = await store.LoadAsync(command.Id, cancellationToken);
        certificate.Delete();
        db.Certificates.Remove(certificate);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
