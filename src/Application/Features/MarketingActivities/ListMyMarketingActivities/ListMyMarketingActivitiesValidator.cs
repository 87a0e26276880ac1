using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.MarketingActivities.ListMyMarketingActivities;

public sealed class ListMyMarketingActivitiesValidator : AbstractValidator<ListMyMarketingActivitiesQuery>
{
    public ListMyMarketingActivitiesValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Sort).Must(s => s is null || MarketingActivityReader.SortKeys.Contains(s.TrimStart('-')))
            .WithMessage($"Sort by one of: {string.Join(", ", MarketingActivityReader.SortKeys)} (prefix '-' for descending).");
        this.AddPagingRules();
    }
}
