using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.InvitePortalUser;

[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record InvitePortalUserCommand(Guid Id) : ICommand<PortalUserDto>;

public sealed class InvitePortalUserHandler(PortalUserFinder finder, PortalMembers members) : ICommandHandler<InvitePortalUserCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(InvitePortalUserCommand command, CancellationToken cancellationToken)
    {
        var user = await finder.UserAsync(command.Id, cancellationToken);
        await members.InviteAsync(user, cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
