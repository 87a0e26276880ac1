using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels;

public sealed record LevelParameterDto(
    Guid Id,
    Guid LevelId,
    ParameterKind Kind,
    Guid CategoryId,
    string CategoryName,
    ParameterValueType ValueType,
    decimal? NumberValue,
    string? TextValue,
    bool? BoolValue,
    string DisplayValue,
    int Score,
    DateOnly StartDate,
    DateOnly? DueDate);

public sealed record PartnerLevelDto(
    Guid Id, Guid PartnerTypeId, string Name, string? Description, int Number, int TargetScore, IReadOnlyList<LevelParameterDto> Parameters);

public interface IPartnerLevelFields
{
    string Name { get; }

    string? Description { get; }

    int Number { get; }

    int TargetScore { get; }
}

public sealed class PartnerLevelFieldsValidator : AbstractValidator<IPartnerLevelFields>
{
    public PartnerLevelFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Number).InclusiveBetween(1, 100);
        RuleFor(x => x.TargetScore).InclusiveBetween(0, 1_000_000);
    }
}

[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.ProgramRead)]
public sealed record ListPartnerLevelsQuery(Guid PartnerTypeId) : IQuery<IReadOnlyList<PartnerLevelDto>>;

[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.ProgramRead)]
public sealed record GetPartnerLevelQuery(Guid Id) : IQuery<PartnerLevelDto>;

[Authorize(Roles = Roles.Admin)]
public sealed record CreatePartnerLevelCommand(string Name, string? Description, int Number, int TargetScore)
    : ICommand<PartnerLevelDto>, IPartnerLevelFields
{
    [JsonIgnore]
    public Guid PartnerTypeId { get; init; }
}

[Authorize(Roles = Roles.Admin)]
public sealed record UpdatePartnerLevelCommand(string Name, string? Description, int Number, int TargetScore)
    : ICommand<PartnerLevelDto>, IPartnerLevelFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CreatePartnerLevelValidator : AbstractValidator<CreatePartnerLevelCommand>
{
    public CreatePartnerLevelValidator() => Include(new PartnerLevelFieldsValidator());
}

public sealed class UpdatePartnerLevelValidator : AbstractValidator<UpdatePartnerLevelCommand>
{
    public UpdatePartnerLevelValidator() => Include(new PartnerLevelFieldsValidator());
}

public sealed class PartnerLevelHandlers(IApplicationDbContext db) :
    IQueryHandler<ListPartnerLevelsQuery, IReadOnlyList<PartnerLevelDto>>,
    IQueryHandler<GetPartnerLevelQuery, PartnerLevelDto>,
    ICommandHandler<CreatePartnerLevelCommand, PartnerLevelDto>,
    ICommandHandler<UpdatePartnerLevelCommand, PartnerLevelDto>
{
    public async ValueTask<IReadOnlyList<PartnerLevelDto>> Handle(ListPartnerLevelsQuery query, CancellationToken cancellationToken)
    {
        await db.PartnerTypes.Where(t => t.Id == query.PartnerTypeId).Select(t => t.Id).FirstOr404Async("Partner type", query.PartnerTypeId, cancellationToken);
        return await LevelReader.ReadAsync(db, db.PartnerLevels.Where(l => l.PartnerTypeId == query.PartnerTypeId), cancellationToken);
    }

    public async ValueTask<PartnerLevelDto> Handle(GetPartnerLevelQuery query, CancellationToken cancellationToken) =>
        (await LevelReader.ReadAsync(db, db.PartnerLevels.Where(l => l.Id == query.Id), cancellationToken)).FirstOrDefault()
        ?? throw new NotFoundException("Partner level", query.Id);

    public async ValueTask<PartnerLevelDto> Handle(CreatePartnerLevelCommand command, CancellationToken cancellationToken)
    {
        await db.PartnerTypes.Where(t => t.Id == command.PartnerTypeId).Select(t => t.Id)
            .FirstOr404Async("Partner type", command.PartnerTypeId, cancellationToken);
        await EnsureUnique(command.PartnerTypeId, null, command, cancellationToken);
        var level = PartnerLevel.Create(command.PartnerTypeId, command.Name, command.Description, command.Number, command.TargetScore);
        db.PartnerLevels.Add(level);
        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetPartnerLevelQuery(level.Id), cancellationToken);
    }

    public async ValueTask<PartnerLevelDto> Handle(UpdatePartnerLevelCommand command, CancellationToken cancellationToken)
    {
        var level = await db.PartnerLevels.Where(l => l.Id == command.Id).FirstOr404Async("Partner level", command.Id, cancellationToken);
        await EnsureUnique(level.PartnerTypeId, level.Id, command, cancellationToken);
        level.Update(command.Name, command.Description, command.Number, command.TargetScore);
        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetPartnerLevelQuery(level.Id), cancellationToken);
    }

    private async Task EnsureUnique(Guid typeId, Guid? exceptId, IPartnerLevelFields fields, CancellationToken cancellationToken)
    {
        var siblings = db.PartnerLevels.Where(l => l.PartnerTypeId == typeId && l.Id != exceptId);
        var name = fields.Name.Trim();
        await siblings.EnsureNoneAsync(l => l.Name == name, "duplicate_name", $"This partner type already has a level named {name}.", cancellationToken);
        await siblings.EnsureNoneAsync(
            l => l.Number == fields.Number, "duplicate_level_number", $"This partner type already has a level number {fields.Number}.", cancellationToken);
    }
}

/// <summary>Reads levels with their parameters as DTOs in two set-based queries.</summary>
internal static class LevelReader
{
    public static async Task<IReadOnlyList<PartnerLevelDto>> ReadAsync(IApplicationDbContext db, IQueryable<PartnerLevel> levels, CancellationToken cancellationToken)
    {
        var heads = await levels.AsNoTracking().OrderBy(l => l.Number)
            .Select(l => new { l.Id, l.PartnerTypeId, l.Name, l.Description, l.Number, l.TargetScore })
            .ToListAsync(cancellationToken);
        var ids = heads.Select(h => h.Id).ToList();
        var parameters = await ProjectParameters(db, db.LevelParameters.Where(p => ids.Contains(p.LevelId))).ToListAsync(cancellationToken);
        return [.. heads.Select(h => new PartnerLevelDto(
            h.Id, h.PartnerTypeId, h.Name, h.Description, h.Number, h.TargetScore,
            [.. parameters.Where(p => p.LevelId == h.Id).OrderBy(p => p.Kind).ThenBy(p => p.CategoryName).ThenBy(p => p.StartDate)]))];
    }

    public static IQueryable<LevelParameterDto> ProjectParameters(IApplicationDbContext db, IQueryable<LevelParameter> parameters) =>
        from p in parameters.AsNoTracking()
        join c in db.ParameterCategories on p.CategoryId equals c.Id
        select new LevelParameterDto(
            p.Id, p.LevelId, p.Kind, p.CategoryId, c.Name, p.ValueType, p.NumberValue, p.TextValue, p.BoolValue,
            ParameterValue.Of(p.ValueType, p.NumberValue, p.TextValue, p.BoolValue).Display(),
            p.Score, p.StartDate, p.DueDate);
}
