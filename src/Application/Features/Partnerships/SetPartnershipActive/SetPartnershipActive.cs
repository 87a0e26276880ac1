using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.SetPartnershipActive;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record SetPartnershipActiveCommand(Guid Id, bool IsActive) : ICommand<PartnershipDto>;

public sealed class SetPartnershipActiveHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<SetPartnershipActiveCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(SetPartnershipActiveCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Where(p => p.Id == command.Id).FirstOr404Async("Partnership", command.Id, cancellationToken);
        if (command.IsActive)
        {
            await loader.EnsureNoOtherActiveAsync(partnership.AccountId, partnership.Id, cancellationToken);
            partnership.Activate(clock.GetUtcNow().UtcDateTime, user.DisplayName);
        }
        else
        {
            partnership.Deactivate(clock.GetUtcNow().UtcDateTime, user.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
