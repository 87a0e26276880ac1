using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.SetPortalUserAdmin;

[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record SetPortalUserAdminCommand(bool IsOrganizationAdmin) : ICommand<PortalUserDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class SetPortalUserAdminHandler(IApplicationDbContext db, PortalUserFinder finder, PortalMembers members)
    : ICommandHandler<SetPortalUserAdminCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(SetPortalUserAdminCommand command, CancellationToken cancellationToken)
    {
        var user = await finder.UserAsync(command.Id, cancellationToken);
        user.SetOrganizationAdmin(command.IsOrganizationAdmin);
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
