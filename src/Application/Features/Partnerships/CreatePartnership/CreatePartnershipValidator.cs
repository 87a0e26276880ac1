using FluentValidation;

namespace PartnerPortal.Application.Features.Partnerships.CreatePartnership;

public sealed class CreatePartnershipValidator : AbstractValidator<CreatePartnershipCommand>
{
    public CreatePartnershipValidator()
    {
        RuleFor(x => x.AccountId).NotEmpty();
        RuleFor(x => x.PartnerTypeId).NotEmpty();
        RuleFor(x => x.PartnerLevelId).NotEqual(Guid.Empty);
        RuleFor(x => x.Name).MaximumLength(250);
        RuleFor(x => x.DueDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.DueDate is not null)
            .WithMessage("The due date must not be before the start date.");
    }
}
