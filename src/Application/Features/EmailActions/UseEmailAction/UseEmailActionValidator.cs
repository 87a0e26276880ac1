using FluentValidation;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.EmailActions.UseEmailAction;

public sealed class UseEmailActionValidator : AbstractValidator<UseEmailActionCommand>
{
    public UseEmailActionValidator()
    {
        RuleFor(x => x.Token).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Reason).MaximumLength(Lead.ReasonMaxLength);
    }
}
