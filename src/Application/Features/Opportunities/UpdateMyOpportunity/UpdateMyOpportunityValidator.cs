using FluentValidation;

namespace PartnerPortal.Application.Features.Opportunities.UpdateMyOpportunity;

public sealed class UpdateMyOpportunityValidator : AbstractValidator<UpdateMyOpportunityCommand>
{
    public UpdateMyOpportunityValidator() => Include(new OpportunityWorkValidator());
}
