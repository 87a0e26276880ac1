using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Application.Common.Exceptions;

public static class NotFoundExtensions
{
    /// <summary>The single row matching the query, or a 404 naming <paramref name="entity"/>.</summary>
    public static async Task<T> FirstOr404Async<T>(this IQueryable<T> query, string entity, object key, CancellationToken cancellationToken)
        => await query.FirstOrDefaultAsync(cancellationToken) ?? throw new NotFoundException(entity, key);
}
