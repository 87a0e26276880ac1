using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Opportunities.ListOpportunities;

public sealed class ListOpportunitiesValidator : AbstractValidator<ListOpportunitiesQuery>
{
    public ListOpportunitiesValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new OpportunityFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(OpportunityReader.SortKeys);
        this.AddKeysetRules();
    }
}
