using FluentValidation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.ChangeMyLeadStatus;

public sealed class ChangeMyLeadStatusValidator : AbstractValidator<ChangeMyLeadStatusCommand>
{
    public ChangeMyLeadStatusValidator()
    {
        RuleFor(x => x.Status).IsInEnum();
        RuleFor(x => x.Reason).MaximumLength(Lead.ReasonMaxLength);
    }
}
