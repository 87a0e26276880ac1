using Microsoft.AspNetCore.Identity;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PriceLists;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Persistence.Seeding;

/// <summary>Applies migrations, creates the roles, and seeds the demo program once when asked to.</summary>
public sealed class DatabaseInitializer(
    ApplicationDbContext db,
    UserManager<ApplicationUser> users,
    RoleManager<IdentityRole<Guid>> roles,
    TimeProvider clock,
    PriceListBenefitConversion priceListBenefits,
    TierEvaluator tiers,
    ILogger<DatabaseInitializer> logger)
{
    public static readonly IReadOnlyList<DemoUser> DemoUsers =
    [
        new("admin@partnerportal.local", "Admin123!demo", "Ada Admin", Roles.Admin),
        new("manager@partnerportal.local", "Manager123!demo", "Max Manager", Roles.PartnerManager),
        new("portal.admin@partnerportal.local", "Portal123!demo", "Paula Portal", Roles.PortalUserManager),
        new("finance@partnerportal.local", "Finance123!demo", "Fiona Finance", Roles.Finance),
    ];

    public async Task InitializeAsync(bool seedDemoData, CancellationToken cancellationToken = default)
    {
        EnsureSqliteFolder();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Write-ahead logging (kept in the file): readers no longer block the one writer nor it them, so a request's
            // write does not fail with "database is locked" while the scheduler or another request reads.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }

        await priceListBenefits.RunAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole<Guid>(role) { Id = Guid.CreateVersion7() }));
            }
        }

        if (!seedDemoData || await db.Users.AnyAsync(cancellationToken))
        {
            return;
        }

        var employees = new Dictionary<string, Guid>();
        foreach (var demo in DemoUsers)
        {
            var user = new ApplicationUser
            {
                Id = Guid.CreateVersion7(), UserName = demo.Email, Email = demo.Email, EmailConfirmed = true, DisplayName = demo.DisplayName,
            };
            Check(await users.CreateAsync(user, demo.Password));
            Check(await users.AddToRoleAsync(user, demo.Role));
            employees[demo.Role] = user.Id;
        }

        var history = DemoProgram.Seed(db, employees[Roles.PartnerManager], clock.GetUtcNow().UtcDateTime);
        db.LicensePools.Add(Domain.Portal.LicensePool.Create("Partner portal cloud", 25));
        await db.SaveChangesAsync(cancellationToken);
        history();
        await db.SaveChangesAsync(cancellationToken);

        // The demo partners' obligations are measured from the records just seeded, as the tier engine always does.
        db.ChangeTracker.Clear();
        await tiers.EvaluateAllActiveAsync(new TierContext(TierTrigger.Nightly, "First evaluation of the demo data", clock.GetUtcNow().UtcDateTime, null), cancellationToken);
        logger.LogInformation("Seeded the demo partner program and users");
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }

    private void EnsureSqliteFolder()
    {
        if (!db.Database.IsSqlite())
        {
            return;
        }

        var connection = new SqliteConnectionStringBuilder(db.Database.GetConnectionString());
        var path = connection.DataSource;
        if (connection.Mode == SqliteOpenMode.Memory || path.Length == 0 || path.StartsWith(':'))
        {
            return;
        }

        var file = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(file);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        // An empty file is an empty SQLite database: the migrator's existence probe then opens it instead of logging a
        // connection error on the very first start.
        if (!File.Exists(file))
        {
            File.Create(file).Dispose();
        }
    }
}

public sealed record DemoUser(string Email, string Password, string DisplayName, string Role);
