using FluentValidation;

namespace PartnerPortal.Application.Features.Opportunities.GetOpportunityPipeline;

public sealed class GetOpportunityPipelineValidator : AbstractValidator<GetOpportunityPipelineQuery>
{
    public GetOpportunityPipelineValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new OpportunityFilterValidator());
    }
}
