using System.Reflection;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Architecture.Tests;

/// <summary>
/// The CSV export convention: <c>Export&lt;X&gt;Query</c> (a stream query) is the unpaged twin of
/// <c>List&lt;X&gt;Query</c>: the same authorization, the same filter type and the same sort, so an export never shows
/// what its list would not, and a filter added to the list is in the export too.
/// </summary>
public sealed class ExportTests
{
    private static readonly Assembly Application = typeof(Application.DependencyInjection).Assembly;

    [Fact]
    public void EveryExport_HasItsListsAuthorization_FilterAndSort_AndAValidator()
    {
        var exports = Application.GetTypes()
            .Where(t => t.GetInterfaces().Any(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(Mediator.IStreamQuery<>)))
            .ToList();

        exports.ShouldNotBeEmpty();
        var offenders = new List<string>();
        foreach (var export in exports)
        {
            var name = export.Name;
            if (!name.StartsWith("Export", StringComparison.Ordinal) || !name.EndsWith("Query", StringComparison.Ordinal))
            {
                offenders.Add($"{name}: a stream query is an export named Export<List>Query");
                continue;
            }

            var list = Application.GetTypes().SingleOrDefault(t => t.Name == "List" + name["Export".Length..]);
            if (list is null)
            {
                offenders.Add($"{name}: no list query List{name["Export".Length..]} to take its filter and authorization from");
                continue;
            }

            if (Authorization(export) != Authorization(list))
            {
                offenders.Add($"{name}: authorized as {Authorization(export)}, its list as {Authorization(list)}");
            }

            var filter = export.GetProperty("Filter")?.PropertyType;
            if (list.GetProperty("Filter") is null)
            {
                // A list with its filters inline (the portal's "my" lists): the export takes exactly the same ones.
                if (FilterParameters(export) != FilterParameters(list))
                {
                    offenders.Add($"{name}: filters by ({FilterParameters(export)}), its list by ({FilterParameters(list)})");
                }
            }
            else if (filter is null || filter != list.GetProperty("Filter")?.PropertyType)
            {
                offenders.Add($"{name}: its Filter must be the list's Filter type ({list.GetProperty("Filter")?.PropertyType.Name ?? "none"})");
            }

            if ((export.GetProperty("Sort") is null) != (list.GetProperty("Sort") is null))
            {
                offenders.Add($"{name}: sorts differently from its list");
            }

            if (export.GetProperty("Page") is not null || export.GetProperty("PageSize") is not null)
            {
                offenders.Add($"{name}: an export is not paged");
            }

            if (!Application.GetTypes().Any(t => t.BaseType is { IsGenericType: true } b && b.GetGenericArguments()[0] == export
                    && b.GetGenericTypeDefinition() == typeof(FluentValidation.AbstractValidator<>)))
            {
                offenders.Add($"{name}: needs a validator (the list's filter rules)");
            }
        }

        offenders.ShouldBeEmpty();
    }

    /// <summary>A request's own filter properties: all but the sort and the paging.</summary>
    private static string FilterParameters(Type request) => string.Join(
        ", ",
        request.GetProperties().Where(p => p.Name is not ("Sort" or "Cursor" or "Limit" or "Page" or "PageSize")).Select(p => $"{p.PropertyType.Name} {p.Name}").Order());

    private static string Authorization(Type request) => string.Join(
        ";",
        request.GetCustomAttributes<AuthorizeAttribute>(inherit: true).Select(a => $"roles={a.Roles} scopes={a.Scopes}").Order());
}
