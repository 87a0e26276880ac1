using FluentValidation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.ChangeLeadStatus;

public sealed class ChangeLeadStatusValidator : AbstractValidator<ChangeLeadStatusCommand>
{
    public ChangeLeadStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(Lead.ReasonMaxLength);
    }
}
