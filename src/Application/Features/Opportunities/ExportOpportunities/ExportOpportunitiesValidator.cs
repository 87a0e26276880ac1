using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Opportunities.ExportOpportunities;

/// <summary>The list's rules without paging: the same filter validator, the same sort keys.</summary>
public sealed class ExportOpportunitiesValidator : AbstractValidator<ExportOpportunitiesQuery>
{
    public ExportOpportunitiesValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new OpportunityFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(OpportunityReader.SortKeys);
    }
}
