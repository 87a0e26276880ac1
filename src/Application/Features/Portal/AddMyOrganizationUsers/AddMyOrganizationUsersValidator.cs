using FluentValidation;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Portal.AddMyOrganizationUsers;

public sealed class AddMyOrganizationUsersValidator : AbstractValidator<AddMyOrganizationUsersCommand>
{
    public AddMyOrganizationUsersValidator()
    {
        RuleFor(x => x.Emails).NotEmpty().WithMessage("Enter at least one e-mail.");
        this.RuleForEmailList(x => x.Emails);
    }
}
