using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.ReapplyLevel;

/// <summary>D16: re-applies a level's current parameters to its partnerships (reached values kept; history written).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record ReapplyLevelCommand(Guid LevelId) : ICommand<LevelReapplyDto>;

public sealed class ReapplyLevelHandler(LevelReapplier reapplier) : ICommandHandler<ReapplyLevelCommand, LevelReapplyDto>
{
    public async ValueTask<LevelReapplyDto> Handle(ReapplyLevelCommand command, CancellationToken cancellationToken) =>
        await reapplier.RunAsync(command.LevelId, save: true, cancellationToken);
}
