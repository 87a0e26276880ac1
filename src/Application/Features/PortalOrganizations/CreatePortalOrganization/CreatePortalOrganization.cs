using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.PortalOrganizations.CreatePortalOrganization;

[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record CreatePortalOrganizationCommand(Guid AccountId) : ICommand<PortalOrganizationDto>;

public sealed class CreatePortalOrganizationHandler(IApplicationDbContext db, PortalOrganizationReader reader)
    : ICommandHandler<CreatePortalOrganizationCommand, PortalOrganizationDto>
{
    public async ValueTask<PortalOrganizationDto> Handle(CreatePortalOrganizationCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.AccountId).FirstOr404Async("Account", command.AccountId, cancellationToken);
        await db.PortalOrganizations.EnsureNoneAsync(
            o => o.AccountId == account.Id, ProblemCodes.OrganizationExists, $"{account.Name} already has a portal organization.", cancellationToken);
        db.PortalOrganizations.Add(PortalOrganization.Create(account));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetByAccountAsync(account.Id, cancellationToken);
    }
}
