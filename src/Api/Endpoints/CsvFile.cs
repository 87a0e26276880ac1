using System.Linq.Expressions;
using System.Reflection;
using CsvHelper;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.Net.Http.Headers;
using PartnerPortal.Application.Common.Export;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Api.Endpoints;

/// <summary>
/// The answer of every CSV export endpoint: the rows of a stream request (<c>IStreamQuery&lt;TRow&gt;</c>) written
/// with CsvHelper straight to the response body as they come from the database, never buffered as a whole file.
/// Return it from the endpoint method: <c>CsvFile.Of(sender.CreateStream(query, ct), "partnerships")</c>.
/// <list type="bullet">
/// <item><c>text/csv; charset=utf-8</c> (with a UTF-8 byte order mark, so spreadsheets read accents right) and
/// <c>Content-Disposition: attachment; filename="partnerships-YYYY-MM-DD.csv"</c> (today, UTC).</item>
/// <item>A header row of human column names: <see cref="ExportColumnAttribute"/>, else the humanized property name.</item>
/// <item>RFC 4180 quoting; dates as ISO 8601 (<c>2026-01-31</c>), numbers invariant (<c>1234.5</c>), booleans
/// <c>true</c>/<c>false</c>.</item>
/// <item>CSV (formula) injection neutralised, as OWASP advises: a text cell starting with <c>= + - @</c>, tab or CR
/// gets a leading <c>'</c> (CsvHelper's <see cref="CsvInjection.Escape"/>); numbers and dates are never text, so a
/// negative amount stays a number.</item>
/// <item>The first row is read before anything is written: a refused request (401/403), an invalid filter (400) or
/// a missing parent (404) is a problem document like every other endpoint's, not a broken file.</item>
/// <item>The OpenAPI document declares 200 <c>text/csv</c> as a binary string: the TS client gets a
/// <c>FileResponse</c>.</item>
/// </list>
/// </summary>
public sealed class CsvFile<TRow>(IAsyncEnumerable<TRow> rows, string name) : IResult, IEndpointMetadataProvider
{
    public const string ContentType = "text/csv; charset=utf-8";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Injection = CsvInjection.Escape,
        TrueValue = "true",
        FalseValue = "false",
        WriteByteOrderMark = true,
    };

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(Stream), ["text/csv"]));

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        var cancellationToken = httpContext.RequestAborted;
        await using var rowEnumerator = rows.GetAsyncEnumerator(cancellationToken);

        // Runs the request's pipeline (authorization, validation) and the query: failures still get a problem answer.
        var any = await rowEnumerator.MoveNextAsync();

        var today = httpContext.RequestServices.GetRequiredService<TimeProvider>().GetUtcNow();
        httpContext.Response.StatusCode = StatusCodes.Status200OK;
        httpContext.Response.ContentType = ContentType;
        httpContext.Response.Headers.ContentDisposition =
            new ContentDispositionHeaderValue("attachment") { FileName = $"{name}-{today:yyyy-MM-dd}.csv" }.ToString();
        httpContext.Response.Headers.CacheControl = "no-store";

        await using var csv = CsvWriter.Create(httpContext.Response.Body, Options, leaveOpen: true);
        csv.WriteHeader(CsvColumns<TRow>.Names);
        if (any)
        {
            do
            {
                var row = rowEnumerator.Current;
                foreach (var value in CsvColumns<TRow>.Values)
                {
                    WriteField(csv, value(row));
                }

                await csv.EndRecordAsync(cancellationToken);
            }
            while (await rowEnumerator.MoveNextAsync());
        }

        await csv.FlushAsync(cancellationToken);
    }

    private static void WriteField(CsvWriter csv, object? value)
    {
        switch (value)
        {
            case null:
                csv.WriteField((string?)null);
                break;
            case string text:
                csv.WriteField(text);
                break;
            case bool flag:
                csv.WriteField(flag);
                break;
            case DateOnly date:
                csv.WriteField(date, "yyyy-MM-dd");
                break;
            case DateTime time:
                csv.WriteField(time, "O");
                break;
            case DateTimeOffset time:
                csv.WriteField(time, "O");
                break;
            case Enum member:
                csv.WriteField(member.ToString());
                break;
            default:
                // Numbers, Guids: formatted by CsvHelper with the invariant culture, never treated as text.
                csv.WriteField(value);
                break;
        }
    }
}

/// <summary>Starts a <see cref="CsvFile{TRow}"/>; the file is named <c>{name}-YYYY-MM-DD.csv</c>.</summary>
public static class CsvFile
{
    public static CsvFile<TRow> Of<TRow>(IAsyncEnumerable<TRow> rows, string name) => new(rows, name);
}

/// <summary>The columns of an export row type, read once: every public instance property, in declaration order.</summary>
internal static class CsvColumns<TRow>
{
    private static readonly PropertyInfo[] Properties = typeof(TRow).GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.GetIndexParameters().Length == 0 && p.Name != "EqualityContract")
        .OrderBy(p => p.MetadataToken)
        .ToArray();

    public static readonly string[] Names = [.. Properties.Select(NameOf)];

    public static readonly Func<TRow, object?>[] Values = [.. Properties.Select(Getter)];

    private static string NameOf(PropertyInfo property)
    {
        var parameter = typeof(TRow).GetConstructors()
            .SelectMany(c => c.GetParameters())
            .FirstOrDefault(p => p.Name == property.Name && p.ParameterType == property.PropertyType);
        return property.GetCustomAttribute<ExportColumnAttribute>()?.Name
            ?? parameter?.GetCustomAttribute<ExportColumnAttribute>()?.Name
            ?? FieldNames.For(property.Name)!;
    }

    private static Func<TRow, object?> Getter(PropertyInfo property)
    {
        var row = Expression.Parameter(typeof(TRow), "row");
        return Expression.Lambda<Func<TRow, object?>>(Expression.Convert(Expression.Property(row, property), typeof(object)), row).Compile();
    }
}
