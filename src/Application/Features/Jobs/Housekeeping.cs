using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Features.Jobs;

/// <summary>What one housekeeping run removed.</summary>
public sealed record HousekeepingResult(int IdempotencyRecords, int Notifications, int EmailActionLinks)
{
    public override string ToString() =>
        $"removed {IdempotencyRecords} idempotency key(s), {Notifications} read notification(s), {EmailActionLinks} expired e-mail link(s)";
}

/// <summary>
/// The work of the <c>housekeeping</c> job: deletes, each in one set-based statement, the records whose purpose has
/// passed (<see cref="RetentionOptions"/>): remembered idempotency keys past their window, read notifications past
/// their age, and e-mail action links long expired. Nothing a person still needs: unread notifications and money
/// records are never touched.
/// </summary>
public sealed class Housekeeping(IApplicationDbContext db, TimeProvider clock, IOptions<RetentionOptions> options)
{
    public async Task<HousekeepingResult> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var keysBefore = now.AddHours(-Math.Max(1, options.Value.IdempotencyHours));
        var readBefore = now.AddDays(-Math.Max(1, options.Value.ReadNotificationDays));
        var linksBefore = now.AddDays(-Math.Max(1, options.Value.EmailActionLinkDays));
        return new HousekeepingResult(
            await db.IdempotencyRecords.Where(r => r.CreatedAt < keysBefore).ExecuteDeleteAsync(cancellationToken),
            await db.Notifications.Where(n => n.ReadAt != null && n.CreatedAt < readBefore).ExecuteDeleteAsync(cancellationToken),
            await db.EmailActionLinks.Where(l => l.ExpiresAt < linksBefore).ExecuteDeleteAsync(cancellationToken));
    }
}
