using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerTypes.ListPartnerTypes;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record ListPartnerTypesQuery : IQuery<IReadOnlyList<PartnerTypeDto>>;

public sealed class ListPartnerTypesHandler(IApplicationDbContext db, PartnerTypeStore types) : IQueryHandler<ListPartnerTypesQuery, IReadOnlyList<PartnerTypeDto>>
{
    public async ValueTask<IReadOnlyList<PartnerTypeDto>> Handle(ListPartnerTypesQuery query, CancellationToken cancellationToken) =>
        await types.Project(db.PartnerTypes.OrderBy(t => t.Name)).ToListAsync(cancellationToken);
}
