using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Funds.ListFundEntries;

public sealed class ListFundEntriesValidator : AbstractValidator<ListFundEntriesQuery>
{
    public ListFundEntriesValidator()
    {
        this.AddPagingRules();
        RuleFor(x => x.Filter).NotNull().SetValidator(new FundEntryFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(FundReader.SortKeys);
    }
}
