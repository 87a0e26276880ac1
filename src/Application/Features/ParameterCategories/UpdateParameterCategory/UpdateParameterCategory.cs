using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Common;
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
        if ((category.Metric == MetricCode.PriceList) != (command.Metric == MetricCode.PriceList)
            && (await db.LevelParameters.AnyAsync(p => p.CategoryId == category.Id, cancellationToken)
                || await db.PartnershipParameters.AnyAsync(p => p.CategoryId == category.Id, cancellationToken)))
        {
            // Issue 10: the rows of a Price list category reference price lists; another metric could not read them.
            throw new DomainRuleException(
                ProblemCodes.PriceListValueType, $"Levels or partnerships use {category.Name}: its metric stays {category.Metric} (Price list values reference price lists).");
        }

        category.Update(command.Name, command.Description, command.Metric, command.DefaultValueType);
        await db.SaveChangesAsync(cancellationToken);
        return category.ToDto();
    }
}
