using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.AddPortalUsers;

[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record AddPortalUsersCommand(IReadOnlyList<Guid>? ContactIds, IReadOnlyList<string>? Emails, bool MakeAdmins, bool SendInvitations)
    : ICommand<IReadOnlyList<PortalUserDto>>
{
    [JsonIgnore]
    public Guid OrganizationId { get; init; }
}

public sealed class AddPortalUsersHandler(PortalUserFinder finder, PortalMembers members) : ICommandHandler<AddPortalUsersCommand, IReadOnlyList<PortalUserDto>>
{
    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(AddPortalUsersCommand command, CancellationToken cancellationToken) =>
        await members.AddAsync(
            await finder.OrganizationAsync(command.OrganizationId, cancellationToken), command.ContactIds ?? [], command.Emails ?? [], command.MakeAdmins,
            command.SendInvitations, cancellationToken);
}
