using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Application.Common.Exceptions;

public static class NotFoundExtensions
{
    /// <summary>
    /// The first row matching the query, or a 404 naming <paramref name="entity"/>. Works for value projections too
    /// (<c>.Select(t => t.Id)</c>): "no row" is told by the count, never by a default value (Guid.Empty is not null).
    /// </summary>
    public static async Task<T> FirstOr404Async<T>(this IQueryable<T> query, string entity, object key, CancellationToken cancellationToken)
    {
        var rows = await query.Take(1).ToListAsync(cancellationToken);
        return rows.Count > 0 ? rows[0] : throw new NotFoundException(entity, key);
    }
}
