using FluentValidation;

namespace PartnerPortal.Application.Features.Partnerships.RenewPartnership;

public sealed class RenewPartnershipValidator : AbstractValidator<RenewPartnershipCommand>
{
    public RenewPartnershipValidator()
    {
        RuleFor(c => c.Reason).MaximumLength(500);
        RuleFor(c => c.Name).MaximumLength(250);
    }
}
