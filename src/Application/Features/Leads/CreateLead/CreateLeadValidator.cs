using FluentValidation;

namespace PartnerPortal.Application.Features.Leads.CreateLead;

public sealed class CreateLeadValidator : AbstractValidator<CreateLeadCommand>
{
    public CreateLeadValidator()
    {
        Include(new LeadFieldsValidator());
        RuleFor(x => x.CustomerAccountId).NotEqual(Guid.Empty);
        RuleFor(x => x.ContactId).NotEqual(Guid.Empty);
    }
}
