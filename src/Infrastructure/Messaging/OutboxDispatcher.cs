using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Infrastructure.Messaging;

public sealed record DispatchResult(int Sent, int Failed, int Dead)
{
    public override string ToString() => $"{Sent} sent, {Failed} failed, {Dead} dead";
}

/// <summary>
/// Delivers due outbox messages one at a time. Each is first claimed with a conditional update, so only one
/// instance holds it; a crash mid-send leaves the claim to expire and that one message is sent again.
/// </summary>
public sealed class OutboxDispatcher(
    ApplicationDbContext db, IEnumerable<IOutboxDeliverer> deliverers, IOptions<OutboxOptions> options, TimeProvider clock,
    ILogger<OutboxDispatcher> logger)
{
    private OutboxOptions Options => options.Value;

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<DispatchResult> DispatchAsync(string instance, CancellationToken cancellationToken)
    {
        int sent = 0, failed = 0, dead = 0;
        for (var i = 0; i < Options.BatchSize; i++)
        {
            var message = await ClaimNextAsync(instance, cancellationToken);
            if (message is null)
            {
                break;
            }

            try
            {
                var deliverer = deliverers.FirstOrDefault(d => d.Type == message.Type)
                    ?? throw new InvalidOperationException($"Nothing delivers outbox messages of type {message.Type}.");
                await deliverer.DeliverAsync(message, cancellationToken);
                message.MarkSent(Now);
                sent++;
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                var reason = ex.InnerException is null ? ex.Message : $"{ex.Message} ({ex.InnerException.Message})";
                message.MarkFailed(reason, Now, Options.MaxAttempts, TimeSpan.FromSeconds(Options.RetryBaseSeconds));
                logger.LogWarning(ex, "Outbox message {Id} ({Summary}) failed, attempt {Attempt}", message.Id, message.Summary, message.Attempts);
                if (message.State == OutboxMessageState.Dead)
                {
                    dead++;
                }
                else
                {
                    failed++;
                }
            }

            await db.SaveChangesAsync(CancellationToken.None);
            db.ChangeTracker.Clear();
        }

        return new DispatchResult(sent, failed, dead);
    }

    private async Task<OutboxMessage?> ClaimNextAsync(string instance, CancellationToken cancellationToken)
    {
        while (true)
        {
            var now = Now;
            var candidate = await db.OutboxMessages.AsNoTracking()
                .Where(m => m.State == OutboxMessageState.Pending && m.NextAttemptAt <= now && (m.LockedUntil == null || m.LockedUntil < now))
                .OrderBy(m => m.NextAttemptAt).ThenBy(m => m.Id)
                .Select(m => (Guid?)m.Id)
                .FirstOrDefaultAsync(cancellationToken);
            if (candidate is not { } id)
            {
                return null;
            }

            var until = now.AddSeconds(Options.ClaimSeconds);
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.State == OutboxMessageState.Pending && (m.LockedUntil == null || m.LockedUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, instance).SetProperty(m => m.LockedUntil, until), cancellationToken);
            if (claimed == 1)
            {
                return await db.OutboxMessages.SingleAsync(m => m.Id == id, cancellationToken);
            }

            // Another instance claimed it first: look for the next one.
        }
    }
}
