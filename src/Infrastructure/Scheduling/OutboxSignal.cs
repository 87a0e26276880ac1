using Microsoft.Extensions.Logging;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>
/// Wakes the outbox dispatcher after a commit that wrote messages, so e-mails leave within moments instead of at the
/// next poll. At most one wake-up is outstanding; the poll remains the safety net.
/// </summary>
public sealed class OutboxSignal(ISchedulerFactory schedulers, ILogger<OutboxSignal> logger)
{
    private int _pending;

    public void Notify()
    {
        if (Interlocked.Exchange(ref _pending, 1) == 1)
        {
            return;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                var scheduler = await schedulers.GetScheduler();
                if (scheduler.Status == SchedulerStatus.Running)
                {
                    await scheduler.TriggerJob(new JobKey(OutboxDispatchJob.Name), new JobDataMap(), CancellationToken.None);
                }
                else
                {
                    Consumed();
                }
            }
            catch (Exception ex)
            {
                Consumed();
                logger.LogWarning(ex, "Could not wake the outbox dispatcher; it runs at its next poll");
            }
        });
    }

    public void Consumed() => Interlocked.Exchange(ref _pending, 0);
}
