using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.ParameterCategories.GetParameterCategory;

/// <summary>One parameter category with its metric.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetParameterCategoryQuery(Guid Id) : IQuery<ParameterCategoryDto>;

public sealed class GetParameterCategoryHandler(IApplicationDbContext db) : IQueryHandler<GetParameterCategoryQuery, ParameterCategoryDto>
{
    public async ValueTask<ParameterCategoryDto> Handle(GetParameterCategoryQuery query, CancellationToken cancellationToken) =>
        await db.ParameterCategories.AsNoTracking().Where(c => c.Id == query.Id).ProjectToDto()
            .FirstOr404Async("Parameter category", query.Id, cancellationToken);
}
