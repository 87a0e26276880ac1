using FluentValidation;

namespace PartnerPortal.Application.Features.Partnerships.UpdatePartnershipParameter;

public sealed class UpdatePartnershipParameterValidator : AbstractValidator<UpdatePartnershipParameterCommand>
{
    public UpdatePartnershipParameterValidator()
    {
        RuleFor(x => x).Must(x => x.NumberValue is not null || x.TextValue is not null || x.BoolValue is not null)
            .WithName("numberValue").WithMessage("Enter a value.");
        RuleFor(x => x.NumberValue).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1_000_000_000_000m);
        RuleFor(x => x.TextValue).MaximumLength(250);
        RuleFor(x => x.OverrideReason).MaximumLength(500);
    }
}
