using FluentValidation;

namespace PartnerPortal.Application.Features.Funds.OpenFund;

public sealed class OpenFundValidator : AbstractValidator<OpenFundCommand>
{
    public OpenFundValidator() => RuleFor(x => x.FundTypeId).NotEmpty();
}
