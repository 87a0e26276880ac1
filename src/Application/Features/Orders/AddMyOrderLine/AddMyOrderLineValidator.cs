using FluentValidation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.AddMyOrderLine;

public sealed class AddMyOrderLineValidator : AbstractValidator<AddMyOrderLineCommand>
{
    public AddMyOrderLineValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.Quantity).InclusiveBetween(1, Order.MaxQuantity);
    }
}
