using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Funds.ExportFundEntries;

/// <summary>The list's rules without paging: the same filter validator, the same sort keys.</summary>
public sealed class ExportFundEntriesValidator : AbstractValidator<ExportFundEntriesQuery>
{
    public ExportFundEntriesValidator()
    {
        RuleFor(x => x.Filter).NotNull().SetValidator(new FundEntryFilterValidator());
        RuleFor(x => x.Sort).IsSortKey(FundReader.SortKeys);
    }
}
