using System.Reflection;
using Microsoft.EntityFrameworkCore.Migrations;

namespace PartnerPortal.Infrastructure.Persistence.Migrations;

/// <summary>
/// The scheduler's tables (Quartz.NET's clustered job store) are created by our migrations, from the schema script
/// the Quartz package ships for each provider, so one migration step makes a database ready for every API instance.
/// Quartz validates the schema at start-up and refuses to run on a database that lacks it.
/// </summary>
public static class QuartzSchema
{
    /// <summary>Lower-case: PostgreSQL folds Quartz's unquoted names, and the other two providers do not care.</summary>
    public const string TablePrefix = "qrtz_";

    private const string Separator = "--;;";

    /// <param name="dialect"><c>sqlite</c>, <c>postgres</c> or <c>sqlServer</c>: the script's name in the Quartz assembly.</param>
    public static void Create(MigrationBuilder migrationBuilder, string dialect)
    {
        foreach (var statement in Statements(dialect))
        {
            migrationBuilder.Sql(statement);
        }
    }

    public static void Drop(MigrationBuilder migrationBuilder)
    {
        string[] tables =
        [
            "fired_triggers", "paused_trigger_grps", "scheduler_state", "locks", "simprop_triggers", "simple_triggers", "cron_triggers",
            "blob_triggers", "triggers", "job_details", "calendars",
        ];
        foreach (var table in tables)
        {
            migrationBuilder.Sql($"DROP TABLE IF EXISTS {TablePrefix}{table}");
        }
    }

    public static IReadOnlyList<string> Statements(string dialect)
    {
        var assembly = typeof(Quartz.IScheduler).Assembly;
        var name = $"Quartz.Impl.AdoJobStore.Schema.create_{dialect}.sql";
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The Quartz package has no schema script {name}.");
        using var reader = new StreamReader(stream);
        var script = reader.ReadToEnd().Replace("{0}", TablePrefix, StringComparison.Ordinal).Replace("{1}", TablePrefix, StringComparison.Ordinal);
        return [.. script.Split('\n')
            .Aggregate(new List<List<string>> { new() }, (chunks, line) =>
            {
                if (line.TrimEnd('\r') == Separator)
                {
                    chunks.Add([]);
                }
                else
                {
                    chunks[^1].Add(line.TrimEnd('\r'));
                }

                return chunks;
            })
            .Select(lines => string.Join('\n', lines).Trim())
            .Where(chunk => chunk.Split('\n').Any(line => line.Length > 0 && !line.TrimStart().StartsWith("--", StringComparison.Ordinal)))];
    }
}
