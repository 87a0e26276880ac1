using FluentValidation;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists.ListPriceLists;

public sealed class ListPriceListsValidator : AbstractValidator<ListPriceListsQuery>
{
    public ListPriceListsValidator()
    {
        RuleFor(x => x.Filter).NotNull();
        RuleFor(x => x.Filter.Kind).IsInEnum();
        RuleFor(x => x.Filter.Search).MaximumLength(PriceList.MaxNameLength);
        this.AddKeysetRules();
    }
}
