using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Common.Persistence;

/// <summary>
/// The one retry of optimistic concurrency: load, change and save in <c>attempt</c>; when the save lost a race (a
/// concurrency token such as <c>Partnership.Version</c> or <c>Fund.Version</c> moved), forget what was loaded and
/// run the attempt again on fresh data, up to <c>maxAttempts</c> times, after a short random wait that grows with
/// each try (so racing requests spread out instead of colliding again). After the last attempt the conflict surfaces
/// (409 <c>concurrent_change</c>). EF Core rolls a failed save back to a savepoint, so the surrounding transaction
/// stays usable.
/// </summary>
public static class ConcurrencyRetry
{
    public static async Task<T> RunAsync<T>(IApplicationDbContext db, int maxAttempts, Func<Task<T>> attempt, CancellationToken cancellationToken)
    {
        for (var tries = 1; ; tries++)
        {
            try
            {
                return await attempt();
            }
            catch (DbUpdateConcurrencyException) when (tries < maxAttempts)
            {
                db.ChangeTracker.Clear();
                var ceiling = Math.Min(5 * (1 << Math.Min(tries, 6)), 200);
                await Task.Delay(Random.Shared.Next(1, ceiling), cancellationToken);
            }
        }
    }
}
