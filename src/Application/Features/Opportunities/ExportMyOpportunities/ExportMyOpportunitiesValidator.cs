using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Opportunities.ExportMyOpportunities;

/// <summary>The portal list's rules without paging.</summary>
public sealed class ExportMyOpportunitiesValidator : AbstractValidator<ExportMyOpportunitiesQuery>
{
    public ExportMyOpportunitiesValidator()
    {
        RuleFor(x => x.Stage).IsInEnum();
        RuleFor(x => x.Sort).IsSortKey(OpportunityReader.SortKeys);
    }
}
