using FluentValidation;

namespace PartnerPortal.Application.Features.Funds.CarryOverFunds;

public sealed class CarryOverFundsValidator : AbstractValidator<CarryOverFundsCommand>
{
    public CarryOverFundsValidator() => RuleFor(x => x.PreviousPartnershipId).NotEmpty();
}
