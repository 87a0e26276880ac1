using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.AddLevelParameter;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record AddLevelParameterCommand(
    ParameterKind Kind, Guid CategoryId, ParameterValueType ValueType, decimal? NumberValue, string? TextValue, bool? BoolValue,
    int Score, DateOnly? StartDate, DateOnly? DueDate, Guid? PriceListId = null) : ICommand<LevelParameterDto>, ILevelParameterFields
{
    [JsonIgnore]
    public Guid LevelId { get; init; }
}

public sealed class AddLevelParameterHandler(IApplicationDbContext db, TimeProvider clock, PartnerLevelLoader loader, PartnerLevelReader reader)
    : ICommandHandler<AddLevelParameterCommand, LevelParameterDto>
{
    public async ValueTask<LevelParameterDto> Handle(AddLevelParameterCommand command, CancellationToken cancellationToken)
    {
        var level = await loader.LoadWithParametersAsync(db.PartnerLevels.Where(l => l.Id == command.LevelId), command.LevelId, cancellationToken);
        var category = await loader.FindCategoryAsync(command.CategoryId, cancellationToken);
        var parameter = level.AddParameter(
            command.Kind, category, await loader.ValueOfAsync(command, cancellationToken), command.Score,
            command.StartDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), command.DueDate);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetParameterAsync(parameter.Id, cancellationToken);
    }
}
