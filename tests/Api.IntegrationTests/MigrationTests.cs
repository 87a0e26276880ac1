using Microsoft.EntityFrameworkCore;
using PartnerPortal.Infrastructure;
using PartnerPortal.Infrastructure.Persistence;

namespace PartnerPortal.Api.IntegrationTests;

public sealed class MigrationTests
{
    public static TheoryData<DatabaseProvider, string> Providers => new()
    {
        { DatabaseProvider.Sqlite, "Data Source=:memory:" },
        { DatabaseProvider.PostgreSql, "Host=localhost;Database=design" },
        { DatabaseProvider.SqlServer, "Server=localhost;Database=design;TrustServerCertificate=true" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public void EachProvidersMigrations_MatchTheModel(DatabaseProvider provider, string connectionString)
    {
        using var db = Context(provider, connectionString);

        db.Database.GetMigrations().ShouldNotBeEmpty();
        db.Database.HasPendingModelChanges().ShouldBeFalse(
            $"the {provider} migrations lag behind the model: run scripts/add-migration.sh <Name>");
    }

    [Fact]
    public async Task Sqlite_MigratesFromEmpty()
    {
        var file = Path.Combine(Path.GetTempPath(), $"pp-migrate-{Guid.NewGuid():N}.db");
        try
        {
            await using var db = Context(DatabaseProvider.Sqlite, $"Data Source={file}");

            await db.Database.MigrateAsync();

            (await db.Database.GetPendingMigrationsAsync()).ShouldBeEmpty();
            (await db.Partnerships.CountAsync()).ShouldBe(0);
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(file);
        }
    }

    [SkippableFact]
    public async Task PostgreSql_MigratesFromEmpty()
    {
        var factory = new PostgresApiFactory();
        Skip.If(factory.SkipReason is not null, factory.SkipReason);
        await using (factory)
        {
            var applied = factory.WithDb(db => db.Database.GetAppliedMigrations().ToList());
            var all = factory.WithDb(db => db.Database.GetMigrations().ToList());

            applied.ShouldBe(all);
            factory.WithDb(db => db.PartnerTypes.Count()).ShouldBe(4, "the demo program seeds four partner types");
        }
    }

    private static ApplicationDbContext Context(DatabaseProvider provider, string connectionString) =>
        new(DependencyInjection.UseProvider(new DbContextOptionsBuilder<ApplicationDbContext>(), provider, connectionString).Options
            is DbContextOptions<ApplicationDbContext> options ? options : throw new InvalidOperationException());
}
