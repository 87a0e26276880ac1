using FluentValidation;

namespace PartnerPortal.Application.Features.Partnerships.OverridePartnershipLevel;

public sealed class OverridePartnershipLevelValidator : AbstractValidator<OverridePartnershipLevelCommand>
{
    public OverridePartnershipLevelValidator()
    {
        RuleFor(x => x.LevelId).NotEmpty();
        RuleFor(x => x.Reason).NotEmpty().WithMessage("Say why the level is overridden.").MaximumLength(500);
    }
}
