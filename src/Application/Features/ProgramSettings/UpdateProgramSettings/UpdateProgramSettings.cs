using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.ProgramSettings.UpdateProgramSettings;

/// <summary>An administrator sets the program's rules; they apply from the next evaluation on.</summary>
[Authorize(Roles = Permissions.RolesWith.ProgramWrite)]
public sealed record UpdateProgramSettingsCommand(bool ResetProgressOnPromotion, int RenewalGraceDays) : ICommand<ProgramSettingsDto>;

public sealed class UpdateProgramSettingsHandler(IApplicationDbContext db, ProgramSettingsStore store) : ICommandHandler<UpdateProgramSettingsCommand, ProgramSettingsDto>
{
    public async ValueTask<ProgramSettingsDto> Handle(UpdateProgramSettingsCommand command, CancellationToken cancellationToken)
    {
        var settings = await store.LoadForChangeAsync(cancellationToken);
        settings.Update(command.ResetProgressOnPromotion, command.RenewalGraceDays);
        await db.SaveChangesAsync(cancellationToken);
        return new ProgramSettingsDto(settings.ResetProgressOnPromotion, settings.RenewalGraceDays);
    }
}
