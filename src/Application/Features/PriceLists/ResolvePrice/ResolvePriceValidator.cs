using FluentValidation;

namespace PartnerPortal.Application.Features.PriceLists.ResolvePrice;

public sealed class ResolvePriceValidator : AbstractValidator<ResolvePriceQuery>
{
    public ResolvePriceValidator()
    {
        RuleFor(x => x.AccountId).NotEmpty();
        RuleFor(x => x.ProductId).NotEmpty();
    }
}
