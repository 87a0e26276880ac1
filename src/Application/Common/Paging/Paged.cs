using FluentValidation;
using Microsoft.EntityFrameworkCore;

namespace PartnerPortal.Application.Common.Paging;

/// <summary>One page of a list that can grow: the envelope every such list answers with.</summary>
public sealed record Paged<T>(IReadOnlyList<T> Items, int Page, int PageSize, int TotalCount);

/// <summary>A query answering with a <see cref="Paged{T}"/>: 1-based <see cref="Page"/> of <see cref="PageSize"/> items.</summary>
public interface IPagedQuery
{
    int Page { get; }

    int PageSize { get; }
}

public static class PagingExtensions
{
    public const int DefaultPageSize = 50;

    public const int MaxPageSize = 200;

    /// <summary>
    /// Counts, then reads one page. The query must be ordered by a unique key (e.g. ending with the Id), or rows can
    /// repeat or go missing between pages.
    /// </summary>
    public static async Task<Paged<T>> ToPagedAsync<T>(this IQueryable<T> query, int page, int pageSize, CancellationToken cancellationToken)
    {
        var total = await query.CountAsync(cancellationToken);
        var items = await query.Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        return new Paged<T>(items, page, pageSize, total);
    }

    /// <summary>
    /// The sort rule of a list and of its export: null, or one of <paramref name="keys"/>, optionally prefixed with '-'
    /// for descending.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> IsSortKey<T>(this IRuleBuilder<T, string?> rule, IReadOnlyList<string> keys) =>
        rule.Must(s => s is null || keys.Contains(s.TrimStart('-')))
            .WithMessage($"Sort by one of: {string.Join(", ", keys)} (prefix '-' for descending).");

    /// <summary>The rules of every paged query: page ≥ 1, 1 ≤ pageSize ≤ <see cref="MaxPageSize"/>.</summary>
    public static void AddPagingRules<T>(this AbstractValidator<T> validator)
        where T : IPagedQuery
    {
        validator.RuleFor(x => x.Page).GreaterThanOrEqualTo(1);
        validator.RuleFor(x => x.PageSize).InclusiveBetween(1, MaxPageSize);
    }
}
