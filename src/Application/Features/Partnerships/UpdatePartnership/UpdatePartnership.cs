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

/// <summary>
/// Changes name and period. The level is not changed here: it moves by promotion (W7) or a reasoned override; a
/// <c>partnerLevelId</c> other than the current one is refused (422 <c>level_change_needs_override</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record UpdatePartnershipCommand(string Name, DateOnly StartDate, DateOnly DueDate, Guid? PartnerLevelId = null) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdatePartnershipHandler(IApplicationDbContext db, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<UpdatePartnershipCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(UpdatePartnershipCommand command, CancellationToken cancellationToken)
    {
        var partnership = await loader.LoadForChangeAsync(command.Id, cancellationToken);
        if (command.PartnerLevelId is { } levelId && levelId != partnership.PartnerLevelId)
        {
            throw new DomainRuleException(
                ProblemCodes.LevelChangeNeedsOverride,
                "Editing does not change the level: promote the partnership, or override its level with a reason.");
        }

        partnership.Update(command.Name, command.StartDate, command.DueDate);

        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
