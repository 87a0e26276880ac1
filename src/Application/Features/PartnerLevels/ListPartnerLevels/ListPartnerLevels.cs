using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.ListPartnerLevels;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record ListPartnerLevelsQuery(Guid PartnerTypeId) : IQuery<IReadOnlyList<PartnerLevelDto>>;

public sealed class ListPartnerLevelsHandler(IApplicationDbContext db, PartnerLevelLoader loader, PartnerLevelReader reader)
    : IQueryHandler<ListPartnerLevelsQuery, IReadOnlyList<PartnerLevelDto>>
{
    public async ValueTask<IReadOnlyList<PartnerLevelDto>> Handle(ListPartnerLevelsQuery query, CancellationToken cancellationToken)
    {
        await loader.EnsureTypeExistsAsync(query.PartnerTypeId, cancellationToken);
        return await reader.ReadAsync(db.PartnerLevels.Where(l => l.PartnerTypeId == query.PartnerTypeId), cancellationToken);
    }
}
