using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.ParameterCategories.ListParameterCategories;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record ListParameterCategoriesQuery : IQuery<IReadOnlyList<ParameterCategoryDto>>;

public sealed class ListParameterCategoriesHandler(IApplicationDbContext db) : IQueryHandler<ListParameterCategoriesQuery, IReadOnlyList<ParameterCategoryDto>>
{
    public async ValueTask<IReadOnlyList<ParameterCategoryDto>> Handle(ListParameterCategoriesQuery query, CancellationToken cancellationToken) =>
        await db.ParameterCategories.AsNoTracking().OrderBy(c => c.Name).ProjectToDto().ToListAsync(cancellationToken);
}
