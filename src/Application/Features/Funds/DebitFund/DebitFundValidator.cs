using FluentValidation;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds.DebitFund;

public sealed class DebitFundValidator : AbstractValidator<DebitFundCommand>
{
    public DebitFundValidator()
    {
        RuleFor(x => x.Amount).ValidAmount();
        RuleFor(x => x.Description).NotEmpty().MaximumLength(FundTransaction.MaxDescriptionLength);
        RuleFor(x => x.OverdraftReason).MaximumLength(500);
    }
}
