using FluentValidation;

namespace PartnerPortal.Application.Features.Leads.OfferLead;

public sealed class OfferLeadValidator : AbstractValidator<OfferLeadCommand>
{
    public OfferLeadValidator()
    {
        RuleFor(x => x.PartnerAccountId).NotEmpty();
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
    }
}
