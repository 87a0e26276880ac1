using FluentValidation;

namespace PartnerPortal.Application.Features.LicensePools.UpdateLicensePool;

public sealed class UpdateLicensePoolValidator : AbstractValidator<UpdateLicensePoolCommand>
{
    public UpdateLicensePoolValidator() => Include(new LicensePoolFieldsValidator());
}
