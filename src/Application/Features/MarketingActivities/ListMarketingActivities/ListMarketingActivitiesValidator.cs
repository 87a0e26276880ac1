using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.MarketingActivities.ListMarketingActivities;

public sealed class ListMarketingActivitiesValidator : AbstractValidator<ListMarketingActivitiesQuery>
{
    public ListMarketingActivitiesValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Search).MaximumLength(100);
        RuleFor(x => x.Sort).Must(s => s is null || MarketingActivityReader.SortKeys.Contains(s.TrimStart('-')))
            .WithMessage($"Sort by one of: {string.Join(", ", MarketingActivityReader.SortKeys)} (prefix '-' for descending).");
        this.AddPagingRules();
    }
}
