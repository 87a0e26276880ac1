using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships;

/// <summary>Loads partnerships and levels for a change, and checks the rules every partnership write shares.</summary>
public sealed class PartnershipLoader(IApplicationDbContext db)
{
    /// <summary>The partnership with its parameters and its open history rows, tracked for a change.</summary>
    public Task<Partnership> LoadForChangeAsync(Guid id, CancellationToken cancellationToken) =>
        db.Partnerships
            .Include(p => p.Parameters)
            .Include(p => p.History.Where(h => h.ValidTo == null))
            .Where(p => p.Id == id)
            .FirstOr404Async("Partnership", id, cancellationToken);

    public async Task<PartnerLevel> LoadLevelAsync(Guid levelId, CancellationToken cancellationToken) =>
        await db.PartnerLevels.Include(l => l.Parameters).Where(l => l.Id == levelId).FirstOr404Async("Partner level", levelId, cancellationToken);

    // D11: one active partnership per partner; a second one needs an explicit renewal, never a silent switch.
    public Task EnsureNoOtherActiveAsync(Guid accountId, Guid? exceptId, CancellationToken cancellationToken) =>
        db.Partnerships.EnsureNoneAsync(
            p => p.AccountId == accountId && p.IsActive && p.Id != exceptId,
            ProblemCodes.ActivePartnershipExists,
            "This partner already has an active partnership; deactivate it first.",
            cancellationToken);
}
