using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.CreatePartnerLevel;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record CreatePartnerLevelCommand(string Name, [MultiLine] string? Description, int? Number, int TargetScore)
    : ICommand<PartnerLevelDto>, IPartnerLevelFields
{
    [JsonIgnore]
    public Guid PartnerTypeId { get; init; }
}

public sealed class CreatePartnerLevelHandler(IApplicationDbContext db, PartnerLevelLoader loader, PartnerLevelReader reader)
    : ICommandHandler<CreatePartnerLevelCommand, PartnerLevelDto>
{
    public async ValueTask<PartnerLevelDto> Handle(CreatePartnerLevelCommand command, CancellationToken cancellationToken)
    {
        await loader.EnsureTypeExistsAsync(command.PartnerTypeId, cancellationToken);
        await loader.EnsureUniqueAsync(command.PartnerTypeId, null, command, cancellationToken);
        var count = await loader.CountLevelsAsync(command.PartnerTypeId, cancellationToken);
        var level = PartnerLevel.Create(command.PartnerTypeId, command.Name, command.Description, command.Number, command.TargetScore, count);
        db.PartnerLevels.Add(level);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(level.Id, cancellationToken);
    }
}
