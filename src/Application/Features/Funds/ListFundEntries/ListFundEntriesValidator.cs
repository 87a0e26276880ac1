using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Funds.ListFundEntries;

public sealed class ListFundEntriesValidator : AbstractValidator<ListFundEntriesQuery>
{
    public ListFundEntriesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Sort).Must(s => s is null || FundReader.SortKeys.Contains(s.TrimStart('-')))
            .WithMessage($"Sort by one of: {string.Join(", ", FundReader.SortKeys)} (prefix '-' for descending).");
        RuleFor(x => x.Filter.To).Must((query, to) => to is null || query.Filter.From is null || query.Filter.From <= to)
            .WithMessage("The end of the date range is not before its start.");
    }
}
