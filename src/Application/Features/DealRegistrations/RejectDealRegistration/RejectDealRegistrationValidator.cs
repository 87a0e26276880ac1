using FluentValidation;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Application.Features.DealRegistrations.RejectDealRegistration;

public sealed class RejectDealRegistrationValidator : AbstractValidator<RejectDealRegistrationCommand>
{
    public RejectDealRegistrationValidator() => RuleFor(x => x.Reason).NotEmpty().MaximumLength(DealRegistration.ReasonMaxLength);
}
