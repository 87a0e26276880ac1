using FluentValidation;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.ReopenOpportunity;

public sealed class ReopenOpportunityValidator : AbstractValidator<ReopenOpportunityCommand>
{
    public ReopenOpportunityValidator()
    {
        RuleFor(x => x.Reason).NotEmpty().MaximumLength(Opportunity.ReasonMaxLength);
        RuleFor(x => x.Stage).IsInEnum();
    }
}
