using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities;

/// <summary>
/// The "Marketing activities" metric (D3, W8 step 5), set-based for the tier engine: it reads these counts and
/// never has them written into obligation values by hand.
/// </summary>
public sealed class MarketingActivityMetrics(IApplicationDbContext db)
{
    /// <summary>
    /// For each of <paramref name="partnershipIds"/>, how many of its activities were approved within
    /// [<paramref name="from"/>, <paramref name="to"/>] (both days inclusive, UTC) and are still approved or completed
    /// (a rejected or cancelled one does not count). One query for all partnerships; every asked id is in the answer.
    /// </summary>
    public async Task<IReadOnlyDictionary<Guid, int>> ApprovedCountsAsync(
        IReadOnlyCollection<Guid> partnershipIds, DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var result = partnershipIds.Distinct().ToDictionary(id => id, _ => 0);
        if (result.Count == 0 || to < from)
        {
            return result;
        }

        var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var ids = result.Keys.ToList();
        var counts = await db.MarketingActivities.AsNoTracking()
            .Where(a => ids.Contains(a.PartnershipId)
                && (a.Status == MarketingActivityStatus.Approved || a.Status == MarketingActivityStatus.Completed)
                && a.ApprovedAt >= start && a.ApprovedAt < end)
            .GroupBy(a => a.PartnershipId)
            .Select(g => new { PartnershipId = g.Key, Count = g.Count() })
            .ToListAsync(cancellationToken);
        foreach (var count in counts)
        {
            result[count.PartnershipId] = count.Count;
        }

        return result;
    }
}
