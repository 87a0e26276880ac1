using FluentValidation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.WithdrawLeadOffer;

public sealed class WithdrawLeadOfferValidator : AbstractValidator<WithdrawLeadOfferCommand>
{
    public WithdrawLeadOfferValidator() => RuleFor(x => x.Reason).MaximumLength(Lead.ReasonMaxLength);
}
