using FluentValidation;
using PartnerPortal.Application.Features.Products;

namespace PartnerPortal.Application.Features.PriceLists.SetPriceListLine;

public sealed class SetPriceListLineValidator : AbstractValidator<SetPriceListLineCommand>
{
    public SetPriceListLineValidator() => RuleFor(x => x.Price).ValidPrice();
}
