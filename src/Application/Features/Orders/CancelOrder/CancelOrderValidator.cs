using FluentValidation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.CancelOrder;

public sealed class CancelOrderValidator : AbstractValidator<CancelOrderCommand>
{
    public CancelOrderValidator()
    {
        RuleFor(x => x.Reason).MaximumLength(Order.ReasonMaxLength);
    }
}
