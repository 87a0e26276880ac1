using FluentValidation;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Application.Features.DealRegistrations.PreCheckDealRegistration;

public sealed class PreCheckDealRegistrationValidator : AbstractValidator<PreCheckDealRegistrationQuery>
{
    public PreCheckDealRegistrationValidator()
    {
        RuleFor(x => x.Name).MaximumLength(DealRegistration.TextMaxLength);
        RuleFor(x => x.Domain).MaximumLength(EmailDomain.MaxLength);
        RuleFor(x => x.TaxId).MaximumLength(100);
        RuleFor(x => x).Must(x => !string.IsNullOrWhiteSpace(x.Name) || !string.IsNullOrWhiteSpace(x.Domain) || !string.IsNullOrWhiteSpace(x.TaxId))
            .WithName("Name").WithMessage("Give a company name, an e-mail domain or a tax id.");
    }
}
