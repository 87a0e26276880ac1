using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.LicensePools;

/// <summary>D10: every active portal user holds one seat; without a free one, activation is refused.</summary>
public sealed class SeatAllocator(IApplicationDbContext db)
{
    /// <summary>The pools (every one by default) with their seats in use, as stored, by edition (then Id, so pages are stable).</summary>
    public IQueryable<LicensePoolDto> Usage(Guid? poolId = null, LicenseKind? kind = null) =>
        from p in db.LicensePools.AsNoTracking()
        where (poolId == null || p.Id == poolId) && (kind == null || p.Kind == kind)
        let used = db.PortalUsers.IgnoreQueryFilters().Count(u => u.LicensePoolId == p.Id && u.IsActive)
        orderby p.Edition, p.Id
        select new LicensePoolDto(p.Id, p.Kind, p.Edition, p.Seats, used, p.Seats - used);

    /// <summary>Activates the inactive <paramref name="users"/>, each on a free seat, or refuses them all.</summary>
    public async Task ActivateAsync(IReadOnlyCollection<PortalUser> users, DateTime now, CancellationToken cancellationToken)
    {
        var inactive = users.Where(u => !u.IsActive).ToList();
        if (inactive.Count == 0)
        {
            return;
        }

        // Partner users hold partner-portal seats only, never seats bought for another product.
        var usage = await Usage(kind: LicenseKind.PartnerPortal).ToListAsync(cancellationToken);
        var free = usage.ToDictionary(p => p.Id, p => p.Free);
        var pools = await db.LicensePools.Where(p => p.Kind == LicenseKind.PartnerPortal).ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var user in inactive)
        {
            var pool = usage.FirstOrDefault(p => free[p.Id] > 0)
                ?? throw new DomainRuleException(
                    ProblemCodes.NoFreeSeat, "No partner-portal licence seat is free; deactivate a user or add seats to a licence pool.", isConflict: true);
            free[pool.Id]--;
            user.Activate(pools[pool.Id], now);
        }
    }
}
