using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.UpdateLevelParameter;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdateLevelParameterCommand(
    ParameterKind Kind, Guid CategoryId, ParameterValueType ValueType, decimal? NumberValue, string? TextValue, bool? BoolValue,
    int Score, DateOnly? StartDate, DateOnly? DueDate, Guid? PriceListId = null) : ICommand<LevelParameterDto>, ILevelParameterFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateLevelParameterHandler(IApplicationDbContext db, TimeProvider clock, PartnerLevelLoader loader, PartnerLevelReader reader)
    : ICommandHandler<UpdateLevelParameterCommand, LevelParameterDto>
{
    public async ValueTask<LevelParameterDto> Handle(UpdateLevelParameterCommand command, CancellationToken cancellationToken)
    {
        var level = await loader.LoadByParameterAsync(command.Id, cancellationToken);
        var category = await loader.FindCategoryAsync(command.CategoryId, cancellationToken);
        level.UpdateParameter(
            command.Id, command.Kind, category, await loader.ValueOfAsync(command, cancellationToken), command.Score,
            command.StartDate ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), command.DueDate,
            await loader.IsTopLevelAsync(level, cancellationToken), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetParameterAsync(command.Id, cancellationToken);
    }
}
