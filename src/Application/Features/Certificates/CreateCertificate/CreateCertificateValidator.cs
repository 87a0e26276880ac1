using FluentValidation;

namespace PartnerPortal.Application.Features.Certificates.CreateCertificate;

public sealed class CreateCertificateValidator : AbstractValidator<CreateCertificateCommand>
{
    public CreateCertificateValidator()
    {
        RuleFor(x => x.AccountId).NotEmpty();
        Include(new CertificateFieldsValidator());
    }
}
