using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Common.Messaging;

/// <summary>Reacts to a domain event inside the transaction that saves it (see <see cref="IDomainEventDispatcher"/>).</summary>
public interface IDomainEventHandler
{
    Type EventType { get; }

    Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>Base of the handlers of one event type; register nothing by hand, the application scans for them.</summary>
public abstract class DomainEventHandler<TEvent> : IDomainEventHandler
    where TEvent : IDomainEvent
{
    public Type EventType => typeof(TEvent);

    public Task HandleAsync(IDomainEvent domainEvent, CancellationToken cancellationToken) => Handle((TEvent)domainEvent, cancellationToken);

    protected abstract Task Handle(TEvent domainEvent, CancellationToken cancellationToken);
}

/// <summary>
/// Runs the handlers of the events raised by the aggregates being saved, before the save writes them, so their
/// changes (outbox messages above all) are part of the same transaction; a failed command therefore sends nothing.
/// </summary>
public interface IDomainEventDispatcher
{
    Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken);
}

public sealed class DomainEventDispatcher(IEnumerable<IDomainEventHandler> handlers) : IDomainEventDispatcher
{
    public async Task DispatchAsync(IReadOnlyList<IDomainEvent> domainEvents, CancellationToken cancellationToken)
    {
        foreach (var domainEvent in domainEvents)
        {
            foreach (var handler in handlers.Where(h => h.EventType.IsInstanceOfType(domainEvent)))
            {
                await handler.HandleAsync(domainEvent, cancellationToken);
            }
        }
    }
}
