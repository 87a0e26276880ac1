using FluentValidation;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.CancelMyOrder;

public sealed class CancelMyOrderValidator : AbstractValidator<CancelMyOrderCommand>
{
    public CancelMyOrderValidator()
    {
        RuleFor(x => x.Reason).MaximumLength(Order.ReasonMaxLength);
    }
}
