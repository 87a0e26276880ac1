namespace PartnerPortal.Application.Common.Interfaces;

/// <summary>
/// Takes the write lock on one row for the rest of the current transaction, before it is read: writers of a hot row
/// (a fund many debits hit at once) then queue in the database instead of all reading the same version and all but
/// one losing the optimistic race, retrying and piling up on connections. The concurrency token stays the guarantee;
/// the lock only keeps contention orderly. SQLite needs none: it runs one writer at a time.
/// </summary>
public interface IRowLocks
{
    Task LockAsync<TEntity>(Guid id, CancellationToken cancellationToken) where TEntity : class;
}
