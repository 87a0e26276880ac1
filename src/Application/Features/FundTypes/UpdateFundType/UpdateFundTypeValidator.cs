using FluentValidation;

namespace PartnerPortal.Application.Features.FundTypes.UpdateFundType;

public sealed class UpdateFundTypeValidator : AbstractValidator<UpdateFundTypeCommand>
{
    public UpdateFundTypeValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}
