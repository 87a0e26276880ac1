using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels;

public interface ILevelParameterFields
{
    ParameterKind Kind { get; }

    Guid CategoryId { get; }

    ParameterValueType ValueType { get; }

    decimal? NumberValue { get; }

    string? TextValue { get; }

    bool? BoolValue { get; }

    int Score { get; }

    DateOnly? StartDate { get; }

    DateOnly? DueDate { get; }
}

public sealed class LevelParameterFieldsValidator : AbstractValidator<ILevelParameterFields>
{
    public LevelParameterFieldsValidator()
    {
        RuleFor(x => x.Kind).IsInEnum();
        RuleFor(x => x.CategoryId).NotEmpty();
        RuleFor(x => x.ValueType).IsInEnum();
        RuleFor(x => x.ValueType)
            .Must(t => t is ParameterValueType.Integer or ParameterValueType.Decimal or ParameterValueType.Boolean)
            .When(x => x.Kind == ParameterKind.Obligation)
            .WithMessage("An obligation must be measured by a number or yes/no.");
        RuleFor(x => x.NumberValue).NotNull().WithMessage("Enter a number.")
            .When(x => x.ValueType is ParameterValueType.Integer or ParameterValueType.Decimal);
        RuleFor(x => x.NumberValue).GreaterThanOrEqualTo(0).LessThanOrEqualTo(1_000_000_000_000m);
        RuleFor(x => x.NumberValue).Must(v => v is null || decimal.Truncate(v.Value) == v.Value)
            .When(x => x.ValueType == ParameterValueType.Integer).WithMessage("Enter a whole number.");
        RuleFor(x => x.TextValue).NotEmpty().WithMessage("Enter a value.")
            .When(x => x.ValueType is ParameterValueType.String or ParameterValueType.List);
        RuleFor(x => x.TextValue).MaximumLength(250);
        RuleFor(x => x.BoolValue).NotNull().WithMessage("Choose yes or no.").When(x => x.ValueType == ParameterValueType.Boolean);
        RuleFor(x => x.Score).GreaterThan(0).When(x => x.Kind == ParameterKind.Obligation)
            .WithMessage("An obligation must be worth at least 1 point.");
        RuleFor(x => x.Score).Equal(0).When(x => x.Kind == ParameterKind.Benefit).WithMessage("A benefit earns no points; leave it at 0.");
        RuleFor(x => x.Score).LessThanOrEqualTo(100_000);
        RuleFor(x => x.DueDate).GreaterThanOrEqualTo(x => x.StartDate).When(x => x.StartDate is not null && x.DueDate is not null)
            .WithMessage("The end date must not be before the start date.");
    }
}

[Authorize(Roles = Roles.Admin)]
public sealed record AddLevelParameterCommand(
    ParameterKind Kind, Guid CategoryId, ParameterValueType ValueType, decimal? NumberValue, string? TextValue, bool? BoolValue,
    int Score, DateOnly? StartDate, DateOnly? DueDate) : ICommand<LevelParameterDto>, ILevelParameterFields
{
    [JsonIgnore]
    public Guid LevelId { get; init; }
}

[Authorize(Roles = Roles.Admin)]
public sealed record UpdateLevelParameterCommand(
    ParameterKind Kind, Guid CategoryId, ParameterValueType ValueType, decimal? NumberValue, string? TextValue, bool? BoolValue,
    int Score, DateOnly? StartDate, DateOnly? DueDate) : ICommand<LevelParameterDto>, ILevelParameterFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

[Authorize(Roles = Roles.Admin)]
public sealed record DeleteLevelParameterCommand(Guid Id) : ICommand;

public sealed class AddLevelParameterValidator : AbstractValidator<AddLevelParameterCommand>
{
    public AddLevelParameterValidator() => Include(new LevelParameterFieldsValidator());
}

public sealed class UpdateLevelParameterValidator : AbstractValidator<UpdateLevelParameterCommand>
{
    public UpdateLevelParameterValidator() => Include(new LevelParameterFieldsValidator());
}

public sealed class LevelParameterHandlers(IApplicationDbContext db, TimeProvider clock) :
    ICommandHandler<AddLevelParameterCommand, LevelParameterDto>,
    ICommandHandler<UpdateLevelParameterCommand, LevelParameterDto>,
    ICommandHandler<DeleteLevelParameterCommand>
{
    public async ValueTask<LevelParameterDto> Handle(AddLevelParameterCommand command, CancellationToken cancellationToken)
    {
        var level = await LoadLevel(db.PartnerLevels.Where(l => l.Id == command.LevelId), command.LevelId, cancellationToken);
        var category = await FindCategory(command.CategoryId, cancellationToken);
        var parameter = level.AddParameter(
            command.Kind, category, ToValue(command), command.Score, command.StartDate ?? Today(), command.DueDate);
        await db.SaveChangesAsync(cancellationToken);
        return await Read(parameter.Id, cancellationToken);
    }

    public async ValueTask<LevelParameterDto> Handle(UpdateLevelParameterCommand command, CancellationToken cancellationToken)
    {
        var level = await LoadLevel(db.PartnerLevels.Where(l => l.Parameters.Any(p => p.Id == command.Id)), command.Id, cancellationToken);
        var category = await FindCategory(command.CategoryId, cancellationToken);
        level.UpdateParameter(command.Id, command.Kind, category, ToValue(command), command.Score, command.StartDate ?? Today(), command.DueDate);
        await db.SaveChangesAsync(cancellationToken);
        return await Read(command.Id, cancellationToken);
    }

    public async ValueTask<Unit> Handle(DeleteLevelParameterCommand command, CancellationToken cancellationToken)
    {
        var level = await LoadLevel(db.PartnerLevels.Where(l => l.Parameters.Any(p => p.Id == command.Id)), command.Id, cancellationToken);
        level.RemoveParameter(command.Id);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    private static ParameterValue ToValue(ILevelParameterFields f) => ParameterValue.Of(f.ValueType, f.NumberValue, f.TextValue, f.BoolValue);

    private static Task<PartnerLevel> LoadLevel(IQueryable<PartnerLevel> query, Guid key, CancellationToken cancellationToken) =>
        query.Include(l => l.Parameters).FirstOr404Async("Level parameter or level", key, cancellationToken);

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private Task<ParameterCategory> FindCategory(Guid id, CancellationToken cancellationToken) =>
        db.ParameterCategories.Where(c => c.Id == id).FirstOr404Async("Parameter category", id, cancellationToken);

    private Task<LevelParameterDto> Read(Guid id, CancellationToken cancellationToken) =>
        LevelReader.ProjectParameters(db, db.LevelParameters.Where(p => p.Id == id)).FirstOr404Async("Level parameter", id, cancellationToken);
}
