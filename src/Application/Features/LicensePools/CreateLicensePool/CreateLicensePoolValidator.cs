using FluentValidation;

namespace PartnerPortal.Application.Features.LicensePools.CreateLicensePool;

public sealed class CreateLicensePoolValidator : AbstractValidator<CreateLicensePoolCommand>
{
    public CreateLicensePoolValidator()
    {
        Include(new LicensePoolFieldsValidator());
        RuleFor(x => x.Kind).IsInEnum();
    }
}
