using FluentValidation;

namespace PartnerPortal.Application.Features.PortalUsers.AddPortalUsers;

public sealed class AddPortalUsersValidator : AbstractValidator<AddPortalUsersCommand>
{
    public AddPortalUsersValidator()
    {
        RuleFor(x => x).Must(x => (x.ContactIds?.Count ?? 0) + (x.Emails?.Count ?? 0) > 0)
            .WithName("emails").WithMessage("Pick contacts or enter at least one e-mail.");
        RuleFor(x => x.ContactIds).Must(ids => ids is null || ids.Count <= EmailListRule.MaxAtOnce).WithMessage("Add at most 100 users at once.");
        this.RuleForEmailList(x => x.Emails);
    }
}
