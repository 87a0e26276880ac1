using FluentValidation;

namespace PartnerPortal.Application.Features.DealRegistrations;

/// <summary>The rules of <see cref="DealRegistrationFilter"/> for the queue and its export alike.</summary>
public sealed class DealRegistrationFilterValidator : AbstractValidator<DealRegistrationFilter>
{
    public DealRegistrationFilterValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.PartnerAccountId).NotEqual(Guid.Empty);
    }
}
