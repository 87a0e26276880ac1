using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.SetPortalUserActive;

[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record SetPortalUserActiveCommand(Guid Id, bool IsActive) : ICommand<PortalUserDto>;

public sealed class SetPortalUserActiveHandler(
    IApplicationDbContext db, PortalUserFinder finder, PortalMembers members, SeatAllocator seats, TimeProvider clock)
    : ICommandHandler<SetPortalUserActiveCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(SetPortalUserActiveCommand command, CancellationToken cancellationToken)
    {
        var user = await finder.UserAsync(command.Id, cancellationToken);
        if (command.IsActive)
        {
            await seats.ActivateAsync([user], clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        else
        {
            user.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
