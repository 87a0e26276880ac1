using FluentValidation;
using PartnerPortal.Application.Common.Paging;

namespace PartnerPortal.Application.Features.Products.ListMyProducts;

public sealed class ListMyProductsValidator : AbstractValidator<ListMyProductsQuery>
{
    public ListMyProductsValidator()
    {
        RuleFor(x => x.Search).MaximumLength(Domain.Pricing.Product.MaxNameLength);
        this.AddKeysetRules();
    }
}
