using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Profile.ChangePassword;

[Authorize(Roles = Roles.AnyEmployee + "," + Roles.PortalUser)]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

public sealed class ChangePasswordHandler(ICurrentUser user, IIdentityService identity) : ICommandHandler<ChangePasswordCommand>
{
    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        await identity.ChangePasswordAsync(user.Id!.Value, command.CurrentPassword, command.NewPassword, cancellationToken);
        return Unit.Value;
    }
}
