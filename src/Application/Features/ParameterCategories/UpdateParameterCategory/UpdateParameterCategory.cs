using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories.UpdateParameterCategory;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdateParameterCategoryCommand(string Name, [MultiLine] string? Description, MetricCode Metric, ParameterValueType DefaultValueType)
    : ICommand<ParameterCategoryDto>, IParameterCategoryFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateParameterCategoryHandler(IApplicationDbContext db, ParameterCategoryNames names)
    : ICommandHandler<UpdateParameterCategoryCommand, ParameterCategoryDto>
{
    public async ValueTask<ParameterCategoryDto> Handle(UpdateParameterCategoryCommand command, CancellationToken cancellationToken)
    {
        var category = await db.ParameterCategories.Where(c => c.Id == command.Id).FirstOr404Async("Parameter category", command.Id, cancellationToken);
        await names.EnsureUniqueAsync(command.Name, command.Id, cancellationToken);
        category.Update(command.Name, command.Description, command.Metric, command.DefaultValueType);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }
}
