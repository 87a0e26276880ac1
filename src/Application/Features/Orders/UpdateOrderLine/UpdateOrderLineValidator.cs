using FluentValidation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.UpdateOrderLine;

public sealed class UpdateOrderLineValidator : AbstractValidator<UpdateOrderLineCommand>
{
    public UpdateOrderLineValidator()
    {
        RuleFor(x => x.Quantity).InclusiveBetween(1, Order.MaxQuantity);
        RuleFor(x => x.DiscountPercent).InclusiveBetween(0m, 100m).PrecisionScale(5, 2, true);
        RuleFor(x => x.DiscountReason).NotEmpty().When(x => x.DiscountPercent is not null).MaximumLength(Order.ReasonMaxLength);
    }
}
