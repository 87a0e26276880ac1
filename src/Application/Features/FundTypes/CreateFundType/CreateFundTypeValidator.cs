using FluentValidation;

namespace PartnerPortal.Application.Features.FundTypes.CreateFundType;

public sealed class CreateFundTypeValidator : AbstractValidator<CreateFundTypeCommand>
{
    public CreateFundTypeValidator()
    {
        RuleFor(x => x.Code).NotEmpty().MaximumLength(40).Matches("^[A-Za-z0-9_-]+$").WithMessage("A code holds only letters, digits, '-' and '_'.");
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}
