using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Profile.ResetPassword;

/// <summary>
/// Follows a reset link: sets the new password. The link then stops working, and so does every session of the user
/// (the reset renews the security stamp). An unknown e-mail and a wrong, used or expired token get the same answer.
/// </summary>
[AllowAnonymous]
public sealed record ResetPasswordCommand(string Email, string Token, string NewPassword) : ICommand;

public sealed class ResetPasswordHandler(IIdentityService identity) : ICommandHandler<ResetPasswordCommand>
{
    public async ValueTask<Unit> Handle(ResetPasswordCommand command, CancellationToken cancellationToken)
    {
        if (!await identity.ResetPasswordAsync(command.Email.Trim(), command.Token, command.NewPassword, cancellationToken))
        {
            throw new DomainRuleException(
                ProblemCodes.PasswordResetInvalid, $"This link is not valid: it was used already or is older than {PasswordResetEmail.LifetimeText}. Ask for a new one.");
        }

        return Unit.Value;
    }
}
