using FluentValidation;

namespace PartnerPortal.Application.Features.Profile.RequestPasswordReset;

public sealed class RequestPasswordResetValidator : AbstractValidator<RequestPasswordResetCommand>
{
    public RequestPasswordResetValidator() => RuleFor(x => x.Email).NotEmpty().MaximumLength(256).EmailAddress();
}
