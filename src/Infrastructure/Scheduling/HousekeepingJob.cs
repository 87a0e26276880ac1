using PartnerPortal.Application.Features.Jobs;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>Removes records whose purpose has passed (<see cref="Housekeeping"/>); one run at a time across instances.</summary>
[DisallowConcurrentExecution]
public sealed class HousekeepingJob(Housekeeping housekeeping) : IJob
{
    public const string Name = "housekeeping";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = (await housekeeping.SweepAsync(cancellationToken)).ToString();
}
