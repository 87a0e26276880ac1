using FluentValidation;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds.CreditFund;

public sealed class CreditFundValidator : AbstractValidator<CreditFundCommand>
{
    public CreditFundValidator()
    {
        RuleFor(x => x.Amount).ValidAmount();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(FundTransaction.MaxDescriptionLength);
    }
}
