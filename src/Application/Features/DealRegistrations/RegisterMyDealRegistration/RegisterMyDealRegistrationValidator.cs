using FluentValidation;
using PartnerPortal.Application.Features.MarketingActivities;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Application.Features.DealRegistrations.RegisterMyDealRegistration;

public sealed class RegisterMyDealRegistrationValidator : AbstractValidator<RegisterMyDealRegistrationCommand>
{
    public RegisterMyDealRegistrationValidator()
    {
        RuleFor(x => x.CompanyName).NotEmpty().MaximumLength(DealRegistration.TextMaxLength);
        RuleFor(x => x.EmailDomain).MaximumLength(EmailDomain.MaxLength);
        RuleFor(x => x.TaxId).MaximumLength(100);
        RuleFor(x => x.ProductInterest).NotEmpty().MaximumLength(DealRegistration.ProductInterestMaxLength);
        RuleFor(x => x.EstimatedAmount).ValidBudget();
        RuleFor(x => x.ExpectedCloseDate).NotEmpty();
    }
}
