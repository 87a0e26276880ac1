using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Infrastructure.Messaging;

/// <summary>Delivers the outbox messages of one <see cref="Type"/>; throwing means "try again later".</summary>
public interface IOutboxDeliverer
{
    string Type { get; }

    Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken);
}
