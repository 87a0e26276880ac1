using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Funds.ListMyFundEntries;

public sealed class ListMyFundEntriesValidator : AbstractValidator<ListMyFundEntriesQuery>
{
    public ListMyFundEntriesValidator() => this.AddPagingRules();
}
