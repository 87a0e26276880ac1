using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Common.Exceptions;

public static class UniquenessExtensions
{
    /// <summary>Refuses with 409 <paramref name="code"/> when a stored row already matches <paramref name="clash"/>.</summary>
    public static async Task EnsureNoneAsync<T>(
        this IQueryable<T> query, Expression<Func<T, bool>> clash, string code, string message, CancellationToken cancellationToken)
    {
        if (await query.AnyAsync(clash, cancellationToken))
        {
            throw new DomainRuleException(code, message, isConflict: true);
        }
    }
}
