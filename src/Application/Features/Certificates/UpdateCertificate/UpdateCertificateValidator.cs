using FluentValidation;

namespace PartnerPortal.Application.Features.Certificates.UpdateCertificate;

public sealed class UpdateCertificateValidator : AbstractValidator<UpdateCertificateCommand>
{
    public UpdateCertificateValidator() => Include(new CertificateFieldsValidator());
}
