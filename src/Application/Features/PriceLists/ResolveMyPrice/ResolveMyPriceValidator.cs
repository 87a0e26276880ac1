using FluentValidation;

namespace PartnerPortal.Application.Features.PriceLists.ResolveMyPrice;

public sealed class ResolveMyPriceValidator : AbstractValidator<ResolveMyPriceQuery>
{
    public ResolveMyPriceValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
    }
}
