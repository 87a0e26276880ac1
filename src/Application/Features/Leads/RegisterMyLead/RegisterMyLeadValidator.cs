using FluentValidation;

namespace PartnerPortal.Application.Features.Leads.RegisterMyLead;

public sealed class RegisterMyLeadValidator : AbstractValidator<RegisterMyLeadCommand>
{
    public RegisterMyLeadValidator() => Include(new LeadFieldsValidator());
}
