using FluentValidation;

namespace PartnerPortal.Application.Features.LicensePools;

public interface ILicensePoolFields
{
    string Edition { get; }

    int Seats { get; }
}

public sealed class LicensePoolFieldsValidator : AbstractValidator<ILicensePoolFields>
{
    public LicensePoolFieldsValidator()
    {
        RuleFor(x => x.Edition).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Seats).InclusiveBetween(0, 100_000);
    }
}
