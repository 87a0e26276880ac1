using PartnerPortal.Infrastructure.Messaging;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>Delivers due outbox messages. One run at a time across all instances (clustered store, no concurrency).</summary>
[DisallowConcurrentExecution]
public sealed class OutboxDispatchJob(OutboxDispatcher dispatcher, OutboxSignal signal, AppInstance instance) : IJob
{
    public const string Name = "outbox-dispatch";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        signal.Consumed();
        var result = await dispatcher.DispatchAsync(instance.Name, cancellationToken);
        context.Result = result.ToString();
    }
}
