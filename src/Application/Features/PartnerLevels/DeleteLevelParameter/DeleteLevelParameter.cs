using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.DeleteLevelParameter;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record DeleteLevelParameterCommand(Guid Id) : ICommand;

public sealed class DeleteLevelParameterHandler(IApplicationDbContext db, TimeProvider clock, PartnerLevelLoader loader) : ICommandHandler<DeleteLevelParameterCommand>
{
    public async ValueTask<Unit> Handle(DeleteLevelParameterCommand command, CancellationToken cancellationToken)
    {
        var level = await loader.LoadByParameterAsync(command.Id, cancellationToken);
        level.RemoveParameter(command.Id, await loader.IsTopLevelAsync(level, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
