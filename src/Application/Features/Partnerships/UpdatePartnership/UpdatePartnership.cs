using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.UpdatePartnership;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record UpdatePartnershipCommand(string Name, Guid PartnerLevelId, DateOnly StartDate, DateOnly DueDate) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdatePartnershipHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<UpdatePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await loader.LoadForChangeAsync(command.Id, cancellationToken);
        partnership.Update(command.Name, command.StartDate, command.DueDate);
        if (command.PartnerLevelId != partnership.PartnerLevelId)
        {
            partnership.ChangeLevel(await loader.LoadLevelAsync(command.PartnerLevelId, cancellationToken), clock.GetUtcNow().UtcDateTime, user.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
