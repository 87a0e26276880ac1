using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PartnerLevels.GetLevelParameter;

/// <summary>One parameter of a level: an obligation with its points, or a benefit.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetLevelParameterQuery(Guid Id) : IQuery<LevelParameterDto>;

public sealed class GetLevelParameterHandler(PartnerLevelReader reader) : IQueryHandler<GetLevelParameterQuery, LevelParameterDto>
{
    public async ValueTask<LevelParameterDto> Handle(GetLevelParameterQuery query, CancellationToken cancellationToken) =>
        await reader.GetParameterAsync(query.Id, cancellationToken);
}
