using FluentValidation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.AddOrderLine;

public sealed class AddOrderLineValidator : AbstractValidator<AddOrderLineCommand>
{
    public AddOrderLineValidator()
    {
        RuleFor(x => x.ProductId).NotEmpty();
        RuleFor(x => x.Quantity).InclusiveBetween(1, Order.MaxQuantity);
    }
}
