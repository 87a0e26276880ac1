using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Portal;

/// <summary>
/// Reads the caller's own program. Every query runs inside the partner scope: the database filters partnerships to
/// the caller's account.
/// </summary>
public sealed class MyProgramReader(IApplicationDbContext db, PartnershipReader reader, IEmployeeDirectory employees)
{
    /// <summary>"4 more Leads number" — one sentence per obligation not met yet.</summary>
    public static IReadOnlyList<string> Missing(PartnershipDto partnership) =>
        partnership.NextLevelName is null
            ? []
            : [.. partnership.Obligations.Where(o => o.CurrentValue < o.TargetValue)
                .Select(o => $"{(o.TargetValue - o.CurrentValue).ToString("#,##0.##", CultureInfo.InvariantCulture)} more {o.CategoryName}")];

    public async Task<Guid> ActivePartnershipIdAsync(CancellationToken cancellationToken) =>
        await db.Partnerships.Where(p => p.IsActive).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainRuleException(ProblemCodes.NoActivePartnership, "Your organization has no active partner program yet.");

    public async Task<PartnerProgramDto> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var partnership = await reader.GetAsync(id, cancellationToken);
        var ownerId = await db.Accounts.Where(a => a.Id == partnership.AccountId).Select(a => a.OwnerId).FirstOrDefaultAsync(cancellationToken);
        var manager = ownerId is { } owner ? await employees.FindAsync(owner, cancellationToken) : null;
        return new PartnerProgramDto(partnership, Missing(partnership), manager is null ? null : new PartnerManagerDto(manager.DisplayName, manager.Email));
    }

    /// <summary>The partner's timeline: readable events, no employee names, no internal rows (scores, roles, benefits).</summary>
    public async Task<Paged<ProgramEventDto>> HistoryAsync(Guid id, int page, int pageSize, CancellationToken cancellationToken) =>
        await reader.ProgramEventsAsync(id, page, pageSize, cancellationToken) ?? new Paged<ProgramEventDto>([], page, pageSize, 0);
}
