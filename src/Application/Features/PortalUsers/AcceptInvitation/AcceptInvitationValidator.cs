using FluentValidation;

namespace PartnerPortal.Application.Features.PortalUsers.AcceptInvitation;

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Password).NotEmpty().MinimumLength(10).MaximumLength(128);
        RuleFor(x => x.DisplayName).MaximumLength(250);
        RuleFor(x => x.Token).NotEmpty().MaximumLength(200);
    }
}
