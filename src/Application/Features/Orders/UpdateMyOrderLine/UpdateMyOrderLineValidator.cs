using FluentValidation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.UpdateMyOrderLine;

public sealed class UpdateMyOrderLineValidator : AbstractValidator<UpdateMyOrderLineCommand>
{
    public UpdateMyOrderLineValidator()
    {
        RuleFor(x => x.Quantity).InclusiveBetween(1, Order.MaxQuantity);
    }
}
