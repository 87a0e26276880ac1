using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerTypes.GetPartnerType;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetPartnerTypeQuery(Guid Id) : IQuery<PartnerTypeDto>;

public sealed class GetPartnerTypeHandler(PartnerTypeStore types) : IQueryHandler<GetPartnerTypeQuery, PartnerTypeDto>
{
    public async ValueTask<PartnerTypeDto> Handle(GetPartnerTypeQuery query, CancellationToken cancellationToken) =>
        await types.GetAsync(query.Id, cancellationToken);
}
