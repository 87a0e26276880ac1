using FluentValidation;

namespace PartnerPortal.Application.Features.Partnerships.UpdatePartnership;

public sealed class UpdatePartnershipValidator : AbstractValidator<UpdatePartnershipCommand>
{
    public UpdatePartnershipValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(250);
        RuleFor(x => x.PartnerLevelId).NotEqual(Guid.Empty);
        RuleFor(x => x.StartDate).NotEmpty();
        RuleFor(x => x.DueDate).NotEmpty().GreaterThanOrEqualTo(x => x.StartDate).WithMessage("The due date must not be before the start date.");
    }
}
