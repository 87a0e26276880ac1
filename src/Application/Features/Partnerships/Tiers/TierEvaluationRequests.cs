using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.Tiers;

/// <summary>What an evaluation message asks for: the partner whose records changed, and what changed.</summary>
public sealed record TierEvaluationRequest(Guid AccountId, string What);

/// <summary>
/// W7 step 1: a change of a record a metric counts queues an evaluation of the partner's active partnership in the
/// outbox, in the change's own transaction: it runs after the commit (so it sees the change), once per partner and
/// unit of work, and a rolled-back change asks for nothing.
/// </summary>
public sealed class TierEvaluationRequests(Outbox outbox) : DomainEventHandler<TierInputChanged>
{
    public const string Topic = "tier-evaluation";

    protected override Task Handle(TierInputChanged changed, CancellationToken cancellationToken)
    {
        outbox.Work(
            OutboxMessageTypes.TierEvaluation, Topic, changed.AccountId, $"Evaluate the partner's tier: {changed.What}",
            new TierEvaluationRequest(changed.AccountId, changed.What));
        return Task.CompletedTask;
    }
}
