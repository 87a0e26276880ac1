using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Persistence;
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

    /// <summary>How often a change that lost a race with a concurrent one is tried again from fresh data.</summary>
    public const int MaxAttempts = 3;

    /// <summary>
    /// Loads the partnership, applies <paramref name="change"/> and saves. When another request changed the partnership
    /// in between (its <see cref="Partnership.Version"/> moved), the change is recomputed from the fresh state, up to
    /// <see cref="MaxAttempts"/> times; after that the concurrency conflict surfaces (409 <c>concurrent_change</c>).
    /// </summary>
    public Task<Partnership> ChangeAsync(Guid id, Func<Partnership, Task> change, CancellationToken cancellationToken) =>
        ConcurrencyRetry.RunAsync(db, MaxAttempts, async () =>
        {
            var partnership = await LoadForChangeAsync(id, cancellationToken);
            await change(partnership);
            await db.SaveChangesAsync(cancellationToken);
            return partnership;
        }, cancellationToken);

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
