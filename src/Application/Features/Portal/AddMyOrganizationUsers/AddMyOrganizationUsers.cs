using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.AddMyOrganizationUsers;

[Authorize(Roles = Roles.PortalUser)]
public sealed record AddMyOrganizationUsersCommand(IReadOnlyList<string> Emails, bool MakeAdmins) : ICommand<IReadOnlyList<PortalUserDto>>, IPortalRequest;

public sealed class AddMyOrganizationUsersHandler(MyOrganization organization, PortalMembers members)
    : ICommandHandler<AddMyOrganizationUsersCommand, IReadOnlyList<PortalUserDto>>
{
    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(AddMyOrganizationUsersCommand command, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        return await members.AddAsync(
            await organization.OrganizationAsync(cancellationToken), [], command.Emails, command.MakeAdmins, sendInvitations: true, cancellationToken);
    }
}
