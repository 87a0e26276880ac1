using FluentValidation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.EmailActions.PerformEmailAction;

public sealed class PerformEmailActionValidator : AbstractValidator<PerformEmailActionCommand>
{
    public PerformEmailActionValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Reason).MaximumLength(Lead.ReasonMaxLength);
    }
}
