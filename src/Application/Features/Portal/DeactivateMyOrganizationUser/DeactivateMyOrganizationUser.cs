using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.DeactivateMyOrganizationUser;

[Authorize(Roles = Roles.PortalUser)]
public sealed record DeactivateMyOrganizationUserCommand(Guid Id) : ICommand<PortalUserDto>, IPortalRequest;

public sealed class DeactivateMyOrganizationUserHandler(IApplicationDbContext db, MyOrganization organization, PartnerScope scope, PortalMembers members)
    : ICommandHandler<DeactivateMyOrganizationUserCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(DeactivateMyOrganizationUserCommand command, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        var user = await organization.ColleagueAsync(command.Id, cancellationToken);
        if (user.Id == scope.PortalUserId)
        {
            throw new DomainRuleException(ProblemCodes.CannotDeactivateSelf, "You cannot deactivate yourself.");
        }

        user.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
