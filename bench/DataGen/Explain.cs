using System.Data.Common;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using PartnerPortal.Application;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Leads;
using PartnerPortal.Application.Features.Opportunities;
using PartnerPortal.Application.Features.Orders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Persistence;

/// <summary>
/// Prints the query plans of the list queries as the application sends them: runs each list through its real reader
/// (the application's own services, with a partner's scope where the portal has one), records the SQL commands it
/// sends, and asks the database for their plans (SQLite EXPLAIN QUERY PLAN; PostgreSQL EXPLAIN ANALYZE).
/// </summary>
internal static class Explain
{
    public static async Task RunAsync(DatabaseProvider provider, string connection)
    {
        var recorder = new CommandRecorder();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["ConnectionStrings:Default"] = connection,
        }).Build();
        var services = new ServiceCollection().AddLogging().AddApplication().AddInfrastructure(configuration);
        services.AddSingleton<ICurrentUser, NobodyInParticular>();
        services.AddOptions();
        services.AddSingleton<IInterceptor>(recorder);
        services.AddDbContext<ApplicationDbContext>((_, o) => o.AddInterceptors(recorder));
        await using var root = services.BuildServiceProvider();

        Guid partner;
        await using (var scope = root.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
            partner = await db.Accounts.Where(a => a.Type == AccountType.Partner && a.Name.Contains("#")).OrderBy(a => a.Name).Select(a => a.Id).FirstAsync();
        }

        await ShowAsync(root, recorder, provider, "Portal leads list: one partner's Working leads, newest first, page of 50", partner,
            sp => sp.GetRequiredService<LeadReader>().ListHeldAsync(LeadStatus.Working, "-createdAt", null, 50, default));
        await ShowAsync(root, recorder, provider, "Back-office leads list: Working leads, newest first, page of 50", null,
            sp => sp.GetRequiredService<LeadReader>().ListAsync(new LeadFilter(Status: LeadStatus.Working), "-createdAt", null, 50, default));
        await ShowAsync(root, recorder, provider, "Portal opportunities list, newest first, page of 50", partner,
            sp => sp.GetRequiredService<OpportunityReader>().ListAsync(new OpportunityFilter(), null, null, 50, default));
        await ShowAsync(root, recorder, provider, "Back-office opportunities list, newest first, page of 50", null,
            sp => sp.GetRequiredService<OpportunityReader>().ListAsync(new OpportunityFilter(), null, null, 50, default));
        await ShowAsync(root, recorder, provider, "Portal opportunity pipeline summary (count and amount per stage)", partner,
            sp => sp.GetRequiredService<OpportunityReader>().PipelineAsync(new OpportunityFilter(), default));
        await ShowAsync(root, recorder, provider, "Back-office opportunity pipeline summary (count and amount per stage)", null,
            sp => sp.GetRequiredService<OpportunityReader>().PipelineAsync(new OpportunityFilter(), default));
        await ShowAsync(root, recorder, provider, "Portal orders list, newest first, page of 50", partner,
            sp => sp.GetRequiredService<OrderReader>().ListAsync(new OrderFilter(), null, null, 50, default));
        await ShowAsync(root, recorder, provider, "Back-office orders list, newest first, page of 50", null,
            sp => sp.GetRequiredService<OrderReader>().ListAsync(new OrderFilter(), null, null, 50, default));
    }

    private static async Task ShowAsync(
        IServiceProvider root, CommandRecorder recorder, DatabaseProvider provider, string title, Guid? partner, Func<IServiceProvider, Task> list)
    {
        await using var scope = root.CreateAsyncScope();
        if (partner is { } account)
        {
            scope.ServiceProvider.GetRequiredService<PartnerScope>().Enter(account, Guid.Empty, Guid.Empty, isOrganizationAdmin: false);
        }

        recorder.Commands.Clear();
        await list(scope.ServiceProvider);
        var db = scope.ServiceProvider.GetRequiredService<ApplicationDbContext>();
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        var output = new StringBuilder($"\n== {title}\n");
        foreach (var recorded in recorder.Commands.ToList())
        {
            await using var explain = connection.CreateCommand();
            explain.CommandText = (provider == DatabaseProvider.PostgreSql ? "EXPLAIN (ANALYZE, BUFFERS) " : "EXPLAIN QUERY PLAN ") + recorded.Text;
            foreach (var (name, value, type) in recorded.Parameters)
            {
                var parameter = explain.CreateParameter();
                parameter.ParameterName = name;
                parameter.Value = value;
                parameter.DbType = type;
                explain.Parameters.Add(parameter);
            }

            output.AppendLine("-- " + recorded.Text.ReplaceLineEndings(" ")[..Math.Min(160, recorded.Text.Length)] + " ...");
            await using var reader = await explain.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                output.AppendLine(provider == DatabaseProvider.PostgreSql ? reader.GetString(0) : $"   {reader.GetValue(3)}");
            }
        }

        Console.Write(output);
    }

    private sealed class CommandRecorder : DbCommandInterceptor
    {
        public List<(string Text, List<(string, object?, System.Data.DbType)> Parameters)> Commands { get; } = [];

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (!command.CommandText.StartsWith("EXPLAIN", StringComparison.Ordinal))
            {
                Commands.Add((command.CommandText, [.. command.Parameters.Cast<DbParameter>().Select(p => (p.ParameterName, (object?)p.Value, p.DbType))]));
            }

            return ValueTask.FromResult(result);
        }
    }

    private sealed class NobodyInParticular : ICurrentUser
    {
        public Guid? Id => null;

        public string? DisplayName => "benchmark";

        public bool IsAuthenticated => false;

        public string? ClientId => null;

        public bool IsInRole(string role) => false;

        public bool HasScope(string scope) => false;
    }
}
