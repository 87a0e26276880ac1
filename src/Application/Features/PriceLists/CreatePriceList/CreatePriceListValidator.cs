using FluentValidation;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists.CreatePriceList;

public sealed class CreatePriceListValidator : AbstractValidator<CreatePriceListCommand>
{
    public CreatePriceListValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(PriceList.MaxNameLength);
        RuleFor(x => x.Kind).IsInEnum();
    }
}
