using System.Globalization;
using System.Linq.Expressions;
using System.Text;
using System.Text.Json;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Common.Paging;

/// <summary>
/// One page of a keyset (cursor) list: <see cref="NextCursor"/> asks for the rows after the last one, null on the last
/// page. Unlike page numbers, rows added or removed meanwhile never make a row repeat or go missing.
/// </summary>
public sealed record KeysetPage<T>(IReadOnlyList<T> Items, string? NextCursor);

/// <summary>A query answering with a <see cref="KeysetPage{T}"/>: up to <see cref="Limit"/> rows after <see cref="Cursor"/>.</summary>
public interface IKeysetQuery
{
    string? Cursor { get; }

    int Limit { get; }
}

/// <summary>
/// Keyset paging over one sort key and the Id: the order is (key, Id) ascending or descending, and a cursor is the
/// opaque base64url of the last row's (sort key name, key value, Id). The key must be non-null and of a type with an
/// order in SQL that matches .NET's (numbers, dates, strings compared by the database, Guids).
/// </summary>
public static class Keyset
{
    public const int DefaultLimit = 50;

    public const int MaxLimit = 200;

    /// <summary>A list's <c>sort</c> parameter as (key, descending): "-amount" is amount descending; none is <paramref name="defaultKey"/>, newest first.</summary>
    public static (string Key, bool Descending) ParseSort(string? sort, string defaultKey) =>
        sort is null ? (defaultKey, true) : (sort.TrimStart('-'), sort.StartsWith('-'));

    /// <summary>The cursor of a row: opaque to clients.</summary>
    public static string Encode(string sortKey, string value, Guid id) =>
        Convert.ToBase64String(JsonSerializer.SerializeToUtf8Bytes(new[] { sortKey, value, id.ToString() }))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');

    /// <summary>The (value, id) a cursor holds for <paramref name="sortKey"/>; 400 <c>cursor_invalid</c> when it is not one of ours for this sort.</summary>
    public static (string Value, Guid Id) Decode(string cursor, string sortKey)
    {
        try
        {
            var base64 = cursor.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var parts = JsonSerializer.Deserialize<string[]>(Encoding.UTF8.GetString(Convert.FromBase64String(base64)));
            if (parts is [var key, var value, var id] && key == sortKey && Guid.TryParse(id, out var guid))
            {
                return (value, guid);
            }
        }
        catch (Exception e) when (e is FormatException or JsonException or ArgumentException)
        {
        }

        throw new BadRequestException(ProblemCodes.CursorInvalid, "The cursor is not valid for this list and sort; start again without one.");
    }

    /// <summary>
    /// Orders <paramref name="query"/> by (<paramref name="key"/>, <paramref name="id"/>), skips to after the cursor's
    /// row, reads up to <paramref name="limit"/> rows projected by <paramref name="select"/>, and gives the next cursor
    /// (from the last row's key and id, read back from the projection by <paramref name="keyOf"/> and <paramref name="idOf"/>)
    /// when more rows follow.
    /// </summary>
    public static async Task<KeysetPage<TResult>> ToKeysetPageAsync<T, TKey, TResult>(
        this IQueryable<T> query,
        string sortKey,
        Expression<Func<T, TKey>> key,
        Expression<Func<T, Guid>> id,
        bool descending,
        string? cursor,
        int limit,
        Expression<Func<T, TResult>> select,
        Func<TResult, TKey> keyOf,
        Func<TResult, Guid> idOf,
        CancellationToken cancellationToken)
        where TKey : IComparable<TKey>
    {
        if (cursor is not null)
        {
            var (value, lastId) = Decode(cursor, sortKey);
            query = query.Where(After(key, id, Parse<TKey>(value), lastId, descending));
        }

        var ordered = descending ? query.OrderByDescending(key).ThenByDescending(id) : query.OrderBy(key).ThenBy(id);
        var rows = await ordered.Take(limit + 1).Select(select).ToListAsync(cancellationToken);
        if (rows.Count <= limit)
        {
            return new KeysetPage<TResult>(rows, null);
        }

        rows.RemoveAt(limit);
        var last = rows[^1];
        return new KeysetPage<TResult>(rows, Encode(sortKey, Format(keyOf(last)), idOf(last)));
    }

    /// <summary>The rules of every keyset query: 1 ≤ limit ≤ <see cref="MaxLimit"/>, a cursor of sane length.</summary>
    public static void AddKeysetRules<T>(this AbstractValidator<T> validator)
        where T : IKeysetQuery
    {
        validator.RuleFor(x => x.Limit).InclusiveBetween(1, MaxLimit);
        validator.RuleFor(x => x.Cursor).MaximumLength(1000);
    }

    // (key, id) > (value, lastId) — or < for descending — as SQL can use: key > value OR (key = value AND id > lastId).
    private static Expression<Func<T, bool>> After<T, TKey>(
        Expression<Func<T, TKey>> key, Expression<Func<T, Guid>> id, TKey value, Guid lastId, bool descending)
    {
        var row = key.Parameters[0];
        var keyBody = key.Body;
        var idBody = new Rebind(id.Parameters[0], row).Visit(id.Body);
        var keyValue = Parameter(value);
        var idValue = Parameter(lastId);
        var beyondKey = Compare(keyBody, keyValue, descending);
        var sameKey = Expression.Equal(keyBody, keyValue);
        var beyondId = Compare(idBody, idValue, descending);
        return Expression.Lambda<Func<T, bool>>(Expression.OrElse(beyondKey, Expression.AndAlso(sameKey, beyondId)), row);
    }

    private static Expression Compare(Expression left, Expression right, bool descending)
    {
        var type = left.Type;
        if (type == typeof(string) || type == typeof(Guid))
        {
            // EF Core translates x.CompareTo(y) > 0 into x > y (the database's own order, as ORDER BY uses).
            var compare = Expression.Call(left, type.GetMethod(nameof(string.CompareTo), [type])!, right);
            return descending ? Expression.LessThan(compare, Expression.Constant(0)) : Expression.GreaterThan(compare, Expression.Constant(0));
        }

        return descending ? Expression.LessThan(left, right) : Expression.GreaterThan(left, right);
    }

    // A captured value, so EF Core sends it as a query parameter rather than inlining it.
    private static MemberExpression Parameter<TValue>(TValue value) =>
        Expression.Property(Expression.Constant(new Box<TValue>(value)), nameof(Box<TValue>.Value));

    private static string Format<TKey>(TKey value) => value switch
    {
        DateTime d => d.ToUniversalTime().Ticks.ToString(CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value?.ToString() ?? string.Empty,
    };

    private static TKey Parse<TKey>(string value)
    {
        try
        {
            object parsed = typeof(TKey) switch
            {
                var t when t == typeof(DateTime) => new DateTime(long.Parse(value, CultureInfo.InvariantCulture), DateTimeKind.Utc),
                var t when t == typeof(long) => long.Parse(value, CultureInfo.InvariantCulture),
                var t when t == typeof(int) => int.Parse(value, CultureInfo.InvariantCulture),
                var t when t == typeof(decimal) => decimal.Parse(value, CultureInfo.InvariantCulture),
                var t when t == typeof(Guid) => Guid.Parse(value),
                var t when t == typeof(string) => value,
                _ => throw new NotSupportedException($"Keyset paging by {typeof(TKey).Name} is not supported."),
            };
            return (TKey)parsed;
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentOutOfRangeException)
        {
            throw new BadRequestException(ProblemCodes.CursorInvalid, "The cursor is not valid for this list and sort; start again without one.");
        }
    }

    private sealed class Box<TValue>(TValue value)
    {
        public TValue Value { get; } = value;
    }

    private sealed class Rebind(ParameterExpression from, ParameterExpression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
