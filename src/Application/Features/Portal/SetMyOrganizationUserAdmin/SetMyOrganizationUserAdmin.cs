using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal.SetMyOrganizationUserAdmin;

/// <summary>
/// An organization admin makes a colleague an organization admin, or takes that back. Not for themselves: an admin
/// who removed their own rights could leave the organization with nobody to manage it.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record SetMyOrganizationUserAdminCommand(bool IsOrganizationAdmin) : ICommand<PortalUserDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class SetMyOrganizationUserAdminHandler(IApplicationDbContext db, MyOrganization organization, PartnerScope scope, PortalMembers members)
    : ICommandHandler<SetMyOrganizationUserAdminCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(SetMyOrganizationUserAdminCommand command, CancellationToken cancellationToken)
    {
        organization.EnsureAdmin();
        var user = await organization.ColleagueAsync(command.Id, cancellationToken);
        if (user.Id == scope.PortalUserId)
        {
            throw new DomainRuleException(ProblemCodes.CannotChangeOwnAdmin, "You cannot change your own administrator rights; ask another administrator.");
        }

        user.SetOrganizationAdmin(command.IsOrganizationAdmin);
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
