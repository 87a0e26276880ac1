using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// <see cref="IRowLocks"/> per provider: <c>SELECT … FOR UPDATE</c> on PostgreSQL, an update lock on SQL Server,
/// nothing on SQLite (one writer at a time). Table and key column come from the EF model; the id is a parameter.
/// </summary>
internal sealed class RowLocks(ApplicationDbContext db) : IRowLocks
{
    public async Task LockAsync<TEntity>(Guid id, CancellationToken cancellationToken) where TEntity : class
    {
        if (db.Database.CurrentTransaction is null || db.Database.IsSqlite())
        {
            return;
        }

        var entity = db.Model.FindEntityType(typeof(TEntity)) ?? throw new InvalidOperationException($"{typeof(TEntity).Name} is not mapped.");
        var table = entity.GetTableName()!;
        var key = entity.FindPrimaryKey()!.Properties.Single().GetColumnName();
        var sql = db.Database.IsNpgsql()
            ? $"SELECT 1 FROM \"{table}\" WHERE \"{key}\" = {{0}} FOR UPDATE"
            : $"SELECT 1 FROM [{table}] WITH (UPDLOCK, ROWLOCK, HOLDLOCK) WHERE [{key}] = {{0}}";
        await db.Database.ExecuteSqlRawAsync(sql, [id], cancellationToken);
    }
}
