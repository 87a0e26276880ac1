using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.ProgramSettings.GetProgramSettings;

/// <summary>The partner program's rules: whether progress restarts on promotion (D2) and the renewal grace period (D4).</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetProgramSettingsQuery : IQuery<ProgramSettingsDto>;

public sealed class GetProgramSettingsHandler(ProgramSettingsStore store) : IQueryHandler<GetProgramSettingsQuery, ProgramSettingsDto>
{
    public async ValueTask<ProgramSettingsDto> Handle(GetProgramSettingsQuery query, CancellationToken cancellationToken)
    {
        var settings = await store.GetAsync(cancellationToken);
        return new ProgramSettingsDto(settings.ResetProgressOnPromotion, settings.RenewalGraceDays);
    }
}
