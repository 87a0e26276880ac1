using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Products.ListProducts;

public sealed class ListProductsValidator : AbstractValidator<ListProductsQuery>
{
    public ListProductsValidator()
    {
        RuleFor(x => x.Filter).NotNull();
        RuleFor(x => x.Filter.Search).MaximumLength(Domain.Pricing.Product.MaxNameLength);
        RuleFor(x => x.Sort).IsSortKey(ProductReader.SortKeys);
        this.AddKeysetRules();
    }
}
