using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;

namespace PartnerPortal.Application.Features.Portal.ActivateMyOrganizationUser;

/// <summary>An organization admin gives a deactivated colleague access again: on a free seat, within the organization's limit.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ActivateMyOrganizationUserCommand(Guid Id) : ICommand<PortalUserDto>, IPortalRequest;

public sealed class ActivateMyOrganizationUserHandler(IApplicationDbContext db, MyOrganization organization, PortalMembers members)
    : ICommandHandler<ActivateMyOrganizationUserCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(ActivateMyOrganizationUserCommand command, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        var user = await organization.ColleagueAsync(command.Id, cancellationToken);
        await members.ActivateAsync(await organization.OrganizationAsync(cancellationToken), user, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
