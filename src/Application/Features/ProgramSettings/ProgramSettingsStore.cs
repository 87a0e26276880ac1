using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using Settings = PartnerPortal.Domain.PartnerProgram.ProgramSettings;

namespace PartnerPortal.Application.Features.ProgramSettings;

/// <summary>The program's settings: the one stored row, or the defaults until an administrator saves them.</summary>
public sealed class ProgramSettingsStore(IApplicationDbContext db)
{
    public async Task<Settings> GetAsync(CancellationToken cancellationToken) =>
        await db.ProgramSettings.AsNoTracking().FirstOrDefaultAsync(s => s.Id == Settings.SingletonId, cancellationToken) ?? Settings.Default();

    /// <summary>The row for a change, created with the defaults when none is stored yet.</summary>
    public async Task<Settings> LoadForChangeAsync(CancellationToken cancellationToken)
    {
        var settings = await db.ProgramSettings.FirstOrDefaultAsync(s => s.Id == Settings.SingletonId, cancellationToken);
        if (settings is null)
        {
            settings = Settings.Default();
            db.ProgramSettings.Add(settings);
        }

        return settings;
    }
}

public sealed record ProgramSettingsDto(bool ResetProgressOnPromotion, int RenewalGraceDays);
