using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories;

public sealed record ParameterCategoryDto(Guid Id, string Name, string? Description, MetricCode Metric, ParameterValueType DefaultValueType);

public interface IParameterCategoryFields
{
    string Name { get; }

    string? Description { get; }

    MetricCode Metric { get; }

    ParameterValueType DefaultValueType { get; }
}

public sealed class ParameterCategoryFieldsValidator : AbstractValidator<IParameterCategoryFields>
{
    public ParameterCategoryFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
        RuleFor(x => x.Metric).IsInEnum();
        RuleFor(x => x.DefaultValueType).IsInEnum();
    }
}

[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.ProgramRead)]
public sealed record ListParameterCategoriesQuery : IQuery<IReadOnlyList<ParameterCategoryDto>>;

[Authorize(Roles = Roles.Admin)]
public sealed record CreateParameterCategoryCommand(string Name, string? Description, MetricCode Metric, ParameterValueType DefaultValueType)
    : ICommand<ParameterCategoryDto>, IParameterCategoryFields;

[Authorize(Roles = Roles.Admin)]
public sealed record UpdateParameterCategoryCommand(string Name, string? Description, MetricCode Metric, ParameterValueType DefaultValueType)
    : ICommand<ParameterCategoryDto>, IParameterCategoryFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CreateParameterCategoryValidator : AbstractValidator<CreateParameterCategoryCommand>
{
    public CreateParameterCategoryValidator() => Include(new ParameterCategoryFieldsValidator());
}

public sealed class UpdateParameterCategoryValidator : AbstractValidator<UpdateParameterCategoryCommand>
{
    public UpdateParameterCategoryValidator() => Include(new ParameterCategoryFieldsValidator());
}

public sealed class ParameterCategoryHandlers(IApplicationDbContext db) :
    IQueryHandler<ListParameterCategoriesQuery, IReadOnlyList<ParameterCategoryDto>>,
    ICommandHandler<CreateParameterCategoryCommand, ParameterCategoryDto>,
    ICommandHandler<UpdateParameterCategoryCommand, ParameterCategoryDto>
{
    public async ValueTask<IReadOnlyList<ParameterCategoryDto>> Handle(ListParameterCategoriesQuery query, CancellationToken cancellationToken) =>
        await db.ParameterCategories.AsNoTracking().OrderBy(c => c.Name).ProjectToDto().ToListAsync(cancellationToken);

    public async ValueTask<ParameterCategoryDto> Handle(CreateParameterCategoryCommand command, CancellationToken cancellationToken)
    {
        await EnsureUniqueName(command.Name, null, cancellationToken);
        var category = ParameterCategory.Create(command.Name, command.Description, command.Metric, command.DefaultValueType);
        db.ParameterCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }

    public async ValueTask<ParameterCategoryDto> Handle(UpdateParameterCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await db.ParameterCategories.Where(c => c.Id == command.Id).FirstOr404Async("Parameter category", command.Id, cancellationToken);
        await EnsureUniqueName(command.Name, command.Id, cancellationToken);
        category.Update(command.Name, command.Description, command.Metric, command.DefaultValueType);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }

    private Task EnsureUniqueName(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        return db.ParameterCategories.EnsureNoneAsync(
            x => x.Name == trimmed && x.Id != exceptId, "duplicate_name", $"A parameter category named {trimmed} already exists.", cancellationToken);
    }
}
