using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Messaging;

/// <summary>
/// Runs a queued tier evaluation (W7 after an event) in a unit of work of its own, apart from the dispatcher's
/// bookkeeping; a failure (e.g. a concurrent change winning three times) leaves the message to be retried.
/// </summary>
internal sealed class TierEvaluationDeliverer(IServiceScopeFactory scopes, TimeProvider clock) : IOutboxDeliverer
{
    public string Type => OutboxMessageTypes.TierEvaluation;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var request = JsonSerializer.Deserialize<TierEvaluationRequest>(message.Payload, Outbox.Json)
            ?? throw new InvalidOperationException("The outbox message holds no evaluation request.");
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<TierEvaluator>().EvaluateAccountAsync(
            request.AccountId, new TierContext(TierTrigger.Event, request.What, clock.GetUtcNow().UtcDateTime, null), cancellationToken);
    }
}
