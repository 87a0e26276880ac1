using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.InviteMyOrganizationUser;

[Authorize(Roles = Roles.PortalUser)]
public sealed record InviteMyOrganizationUserCommand(Guid Id) : ICommand<PortalUserDto>, IPortalRequest;

public sealed class InviteMyOrganizationUserHandler(MyOrganization organization, PortalMembers members)
    : ICommandHandler<InviteMyOrganizationUserCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(InviteMyOrganizationUserCommand command, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        var user = await organization.ColleagueAsync(command.Id, cancellationToken);
        await members.InviteAsync(user, cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
