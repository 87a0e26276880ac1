using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.OverridePartnershipLevel;

/// <summary>
/// A manager's explicit override of the level outside promotion (W7), with a required reason that the event log keeps.
/// Reached values are kept for the categories the new level still measures; targets and benefits are replaced.
/// </summary>
[Authorize(Roles = Roles.PartnerStaff, Scopes = Scopes.PartnersWrite)]
public sealed record OverridePartnershipLevelCommand(Guid LevelId, string Reason) : ICommand<PartnershipDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class OverridePartnershipLevelHandler(
    IApplicationDbContext db, ICurrentUser user, TimeProvider clock, PartnershipLoader loader, PartnershipReader reader)
    : ICommandHandler<OverridePartnershipLevelCommand, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(OverridePartnershipLevelCommand command, CancellationToken cancellationToken)
    {
        var partnership = await loader.LoadForChangeAsync(command.Id, cancellationToken);
        var level = await loader.LoadLevelAsync(command.LevelId, cancellationToken);
        partnership.OverrideLevel(level, command.Reason, clock.GetUtcNow().UtcDateTime, user.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(partnership.Id, cancellationToken);
    }
}
