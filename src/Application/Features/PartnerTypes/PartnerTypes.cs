using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerTypes;

public sealed record PartnerTypeDto(Guid Id, string Name, string? Description, int LevelCount);

public interface IPartnerTypeFields
{
    string Name { get; }

    string? Description { get; }
}

public sealed class PartnerTypeFieldsValidator : AbstractValidator<IPartnerTypeFields>
{
    public PartnerTypeFieldsValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Description).MaximumLength(1000);
    }
}

[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.ProgramRead)]
public sealed record ListPartnerTypesQuery : IQuery<IReadOnlyList<PartnerTypeDto>>;

[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.ProgramRead)]
public sealed record GetPartnerTypeQuery(Guid Id) : IQuery<PartnerTypeDto>;

[Authorize(Roles = Roles.Admin)]
public sealed record CreatePartnerTypeCommand(string Name, string? Description) : ICommand<PartnerTypeDto>, IPartnerTypeFields;

[Authorize(Roles = Roles.Admin)]
public sealed record UpdatePartnerTypeCommand(string Name, string? Description) : ICommand<PartnerTypeDto>, IPartnerTypeFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CreatePartnerTypeValidator : AbstractValidator<CreatePartnerTypeCommand>
{
    public CreatePartnerTypeValidator() => Include(new PartnerTypeFieldsValidator());
}

public sealed class UpdatePartnerTypeValidator : AbstractValidator<UpdatePartnerTypeCommand>
{
    public UpdatePartnerTypeValidator() => Include(new PartnerTypeFieldsValidator());
}

public sealed class PartnerTypeHandlers(IApplicationDbContext db) :
    IQueryHandler<ListPartnerTypesQuery, IReadOnlyList<PartnerTypeDto>>,
    IQueryHandler<GetPartnerTypeQuery, PartnerTypeDto>,
    ICommandHandler<CreatePartnerTypeCommand, PartnerTypeDto>,
    ICommandHandler<UpdatePartnerTypeCommand, PartnerTypeDto>
{
    public async ValueTask<IReadOnlyList<PartnerTypeDto>> Handle(ListPartnerTypesQuery query, CancellationToken cancellationToken) =>
        await Project(db.PartnerTypes.AsNoTracking().OrderBy(t => t.Name)).ToListAsync(cancellationToken);

    public async ValueTask<PartnerTypeDto> Handle(GetPartnerTypeQuery query, CancellationToken cancellationToken) =>
        await Project(db.PartnerTypes.AsNoTracking().Where(t => t.Id == query.Id)).FirstOr404Async("Partner type", query.Id, cancellationToken);

    public async ValueTask<PartnerTypeDto> Handle(CreatePartnerTypeCommand command, CancellationToken cancellationToken)
    {
        await EnsureUniqueName(command.Name, null, cancellationToken);
        var type = PartnerType.Create(command.Name, command.Description);
        db.PartnerTypes.Add(type);
        await db.SaveChangesAsync(cancellationToken);
        return new PartnerTypeDto(type.Id, type.Name, type.Description, 0);
    }

    public async ValueTask<PartnerTypeDto> Handle(UpdatePartnerTypeCommand command, CancellationToken cancellationToken)
    {
        var type = await db.PartnerTypes.Where(t => t.Id == command.Id).FirstOr404Async("Partner type", command.Id, cancellationToken);
        await EnsureUniqueName(command.Name, command.Id, cancellationToken);
        type.Update(command.Name, command.Description);
        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetPartnerTypeQuery(type.Id), cancellationToken);
    }

    private IQueryable<PartnerTypeDto> Project(IQueryable<PartnerType> types) =>
        types.Select(t => new PartnerTypeDto(t.Id, t.Name, t.Description, db.PartnerLevels.Count(l => l.PartnerTypeId == t.Id)));

    private Task EnsureUniqueName(string name, Guid? exceptId, CancellationToken cancellationToken)
    {
        var trimmed = name.Trim();
        return db.PartnerTypes.EnsureNoneAsync(
            x => x.Name == trimmed && x.Id != exceptId, "duplicate_name", $"A partner type named {trimmed} already exists.", cancellationToken);
    }
}
