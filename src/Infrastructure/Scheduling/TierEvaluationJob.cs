using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Partnerships;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>
/// W7's nightly batch: evaluates every active partnership (metrics of records changed without an event, time passing
/// for the at-risk pace). One run at a time across all instances (clustered store, no concurrent execution).
/// </summary>
[DisallowConcurrentExecution]
public sealed class TierEvaluationJob(TierEvaluator evaluator, TimeProvider clock) : IJob
{
    public const string Name = "tier-evaluation";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        context.Result = (await evaluator.EvaluateAllActiveAsync(
            new TierContext(TierTrigger.Nightly, "Nightly evaluation", clock.GetUtcNow().UtcDateTime, null), cancellationToken)).ToString();
}
