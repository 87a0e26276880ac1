using FluentValidation;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Application.Features.PriceLists.UpdatePriceList;

public sealed class UpdatePriceListValidator : AbstractValidator<UpdatePriceListCommand>
{
    public UpdatePriceListValidator() => RuleFor(x => x.Name).NotEmpty().MaximumLength(PriceList.MaxNameLength);
}
