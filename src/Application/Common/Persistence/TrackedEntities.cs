using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Common.Persistence;

/// <summary>
/// What the unit of work already tracks of one entity type (added or loaded), read without EF Core's change detection:
/// <see cref="DbSet{TEntity}.Local"/> first scans every tracked entity for changes, which a handler running once per
/// event of a large batch (thousands of partnerships evaluated at night) pays thousands of times.
/// </summary>
public static class TrackedEntities
{
    public static List<T> Tracked<T>(this DbSet<T> set, IApplicationDbContext db)
        where T : class
    {
        var detect = db.ChangeTracker.AutoDetectChangesEnabled;
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            return [.. set.Local];
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = detect;
        }
    }
}
