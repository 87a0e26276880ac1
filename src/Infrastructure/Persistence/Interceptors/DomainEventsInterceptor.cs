using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Persistence.Interceptors;

/// <summary>
/// Before a save writes anything, runs the handlers of the domain events the saved aggregates raised (and of the
/// events those handlers raise), so what they add — outbox messages above all — is saved in the same transaction.
/// </summary>
public sealed class DomainEventsInterceptor(IServiceProvider services) : SaveChangesInterceptor
{
    public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await DispatchAsync(context, cancellationToken);
        }

        return result;
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result) =>
        throw new InvalidOperationException("Save with SaveChangesAsync: domain event handlers are asynchronous.");

    private async Task DispatchAsync(DbContext context, CancellationToken cancellationToken)
    {
        // Handlers resolved late: they depend on the context this interceptor is part of.
        var dispatcher = services.GetRequiredService<IDomainEventDispatcher>();
        for (var round = 0; round < 10; round++)
        {
            var aggregates = context.ChangeTracker.Entries<AggregateRoot>().Select(e => e.Entity).Where(a => a.DomainEvents.Count > 0).ToList();
            if (aggregates.Count == 0)
            {
                return;
            }

            var events = aggregates.SelectMany(a => a.DomainEvents).ToList();
            aggregates.ForEach(a => a.ClearDomainEvents());
            await dispatcher.DispatchAsync(events, cancellationToken);
        }

        throw new InvalidOperationException("Domain event handlers kept raising events for 10 rounds.");
    }
}
