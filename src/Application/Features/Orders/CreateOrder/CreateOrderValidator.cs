using FluentValidation;

namespace PartnerPortal.Application.Features.Orders.CreateOrder;

public sealed class CreateOrderValidator : AbstractValidator<CreateOrderCommand>
{
    public CreateOrderValidator()
    {
        RuleFor(x => x.PartnerAccountId).NotEmpty();
    }
}
