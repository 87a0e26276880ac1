using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Opportunities.ListMyOpportunities;

public sealed class ListMyOpportunitiesValidator : AbstractValidator<ListMyOpportunitiesQuery>
{
    public ListMyOpportunitiesValidator()
    {
        RuleFor(x => x.Stage).IsInEnum();
        RuleFor(x => x.Sort).IsSortKey(OpportunityReader.SortKeys);
        this.AddKeysetRules();
    }
}
