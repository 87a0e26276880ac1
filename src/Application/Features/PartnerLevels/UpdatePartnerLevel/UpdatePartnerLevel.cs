using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.UpdatePartnerLevel;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdatePartnerLevelCommand(string Name, [MultiLine] string? Description, int? Number, int TargetScore)
    : ICommand<PartnerLevelDto>, IPartnerLevelFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdatePartnerLevelHandler(IApplicationDbContext db, TimeProvider clock, PartnerLevelLoader loader, PartnerLevelReader reader)
    : ICommandHandler<UpdatePartnerLevelCommand, PartnerLevelDto>
{
    public async ValueTask<PartnerLevelDto> Handle(UpdatePartnerLevelCommand command, CancellationToken cancellationToken)
    {
        var level = await loader.LoadWithParametersAsync(db.PartnerLevels.Where(l => l.Id == command.Id), command.Id, cancellationToken);
        level.Update(
            command.Name, command.Description, command.Number, command.TargetScore, await loader.IsTopLevelAsync(level, cancellationToken),
            DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await loader.EnsureUniqueAsync(level.PartnerTypeId, level.Id, command, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(level.Id, cancellationToken);
    }
}
