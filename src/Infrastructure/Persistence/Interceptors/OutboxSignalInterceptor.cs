using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Infrastructure.Scheduling;

namespace PartnerPortal.Infrastructure.Persistence.Interceptors;

/// <summary>Wakes the dispatcher once the outbox messages a save wrote are committed — and not when it rolls back.</summary>
public sealed class OutboxSignalInterceptor(OutboxSignal signal) : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    private bool _written;

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        _written |= eventData.Context?.ChangeTracker.Entries<OutboxMessage>()
            .Any(e => e.Entity.State == OutboxMessageState.Pending && e.State is EntityState.Added or EntityState.Modified) == true;
        return ValueTask.FromResult(result);
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context?.Database.CurrentTransaction is null)
        {
            Flush();
        }

        return ValueTask.FromResult(result);
    }

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Flush();
        return Task.CompletedTask;
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        _written = false;
        return Task.CompletedTask;
    }

    private void Flush()
    {
        if (_written)
        {
            _written = false;
            signal.Notify();
        }
    }
}
