using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels.PreviewLevelReapply;

/// <summary>D16: what re-applying a level's current parameters would change, partnership by partnership. Nothing is saved.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record PreviewLevelReapplyQuery(Guid LevelId) : IQuery<LevelReapplyDto>;

public sealed class PreviewLevelReapplyHandler(LevelReapplier reapplier) : IQueryHandler<PreviewLevelReapplyQuery, LevelReapplyDto>
{
    public async ValueTask<LevelReapplyDto> Handle(PreviewLevelReapplyQuery query, CancellationToken cancellationToken) =>
        await reapplier.RunAsync(query.LevelId, save: false, cancellationToken);
}
