using FluentValidation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.DeclineMyLeadOffer;

public sealed class DeclineMyLeadOfferValidator : AbstractValidator<DeclineMyLeadOfferCommand>
{
    public DeclineMyLeadOfferValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(Lead.ReasonMaxLength);
}
