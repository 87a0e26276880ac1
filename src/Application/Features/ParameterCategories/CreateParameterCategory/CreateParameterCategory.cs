using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories.CreateParameterCategory;

[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record CreateParameterCategoryCommand(string Name, [MultiLine] string? Description, MetricCode Metric, ParameterValueType DefaultValueType)
    : ICommand<ParameterCategoryDto>, IParameterCategoryFields;

public sealed class CreateParameterCategoryHandler(IApplicationDbContext db, ParameterCategoryNames names)
    : ICommandHandler<CreateParameterCategoryCommand, ParameterCategoryDto>
{
    public async ValueTask<ParameterCategoryDto> Handle(CreateParameterCategoryCommand command, CancellationToken cancellationToken)
    {
        await names.EnsureUniqueAsync(command.Name, null, cancellationToken);
        var category = ParameterCategory.Create(command.Name, command.Description, command.Metric, command.DefaultValueType);
        db.ParameterCategories.Add(category);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }
}
