using FluentValidation;

namespace PartnerPortal.Application.Features.Opportunities.GetMyOpportunityPipeline;

public sealed class GetMyOpportunityPipelineValidator : AbstractValidator<GetMyOpportunityPipelineQuery>
{
    public GetMyOpportunityPipelineValidator()
    {
        RuleFor(x => x.Stage).IsInEnum();
    }
}
