using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Profile.RequestPasswordReset;

/// <summary>
/// "Forgot password?": e-mails a single-use reset link to the address when it has a login. The caller always gets the
/// same answer, so the request never tells which e-mails have a login.
/// </summary>
[AllowAnonymous]
public sealed record RequestPasswordResetCommand(string Email) : ICommand;

public sealed class RequestPasswordResetHandler(IIdentityService identity, PasswordResetEmail email, IApplicationDbContext db)
    : ICommandHandler<RequestPasswordResetCommand>
{
    public async ValueTask<Unit> Handle(RequestPasswordResetCommand command, CancellationToken cancellationToken)
    {
        var ticket = await identity.PasswordResetTicketAsync(command.Email.Trim(), cancellationToken);
        if (ticket is not null)
        {
            email.Queue(ticket);
            await db.SaveChangesAsync(cancellationToken);
        }

        return Unit.Value;
    }
}
