using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.GetPartnerLevel;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetPartnerLevelQuery(Guid Id) : IQuery<PartnerLevelDto>;

public sealed class GetPartnerLevelHandler(PartnerLevelReader reader) : IQueryHandler<GetPartnerLevelQuery, PartnerLevelDto>
{
    public async ValueTask<PartnerLevelDto> Handle(GetPartnerLevelQuery query, CancellationToken cancellationToken) =>
        await reader.GetAsync(query.Id, cancellationToken);
}
