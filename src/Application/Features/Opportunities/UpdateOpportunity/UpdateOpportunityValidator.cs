using FluentValidation;

namespace PartnerPortal.Application.Features.Opportunities.UpdateOpportunity;

public sealed class UpdateOpportunityValidator : AbstractValidator<UpdateOpportunityCommand>
{
    public UpdateOpportunityValidator()
    {
        Include(new OpportunityFieldsValidator());
        RuleFor(x => x.PartnerAccountId).NotEqual(Guid.Empty);
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
        RuleFor(x => x.EmployeeOwnerId).NotEqual(Guid.Empty);
    }
}
