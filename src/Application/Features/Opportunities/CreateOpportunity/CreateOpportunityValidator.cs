using FluentValidation;

namespace PartnerPortal.Application.Features.Opportunities.CreateOpportunity;

public sealed class CreateOpportunityValidator : AbstractValidator<CreateOpportunityCommand>
{
    public CreateOpportunityValidator()
    {
        Include(new OpportunityFieldsValidator());
        RuleFor(x => x.PartnerAccountId).NotEqual(Guid.Empty);
        RuleFor(x => x.OwnerId).NotEqual(Guid.Empty);
        RuleFor(x => x.EmployeeOwnerId).NotEqual(Guid.Empty);
    }
}
