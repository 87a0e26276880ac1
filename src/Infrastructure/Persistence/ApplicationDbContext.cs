using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Idempotency;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Scheduling;
using PartnerPortal.Infrastructure.Identity;

namespace PartnerPortal.Infrastructure.Persistence;

public sealed class ApplicationDbContext(DbContextOptions<ApplicationDbContext> options, PartnerScope? scope = null)
    : IdentityDbContext<ApplicationUser, IdentityRole<Guid>, Guid>(options), IApplicationDbContext
{
    // Read by the query filters at query time: null (employees, tools) means unfiltered.
    private readonly PartnerScope _scope = scope ?? new PartnerScope();

    public DbSet<Account> Accounts => Set<Account>();

    public DbSet<PartnerType> PartnerTypes => Set<PartnerType>();

    public DbSet<PartnerLevel> PartnerLevels => Set<PartnerLevel>();

    public DbSet<LevelParameter> LevelParameters => Set<LevelParameter>();

    public DbSet<ParameterCategory> ParameterCategories => Set<ParameterCategory>();

    public DbSet<Partnership> Partnerships => Set<Partnership>();

    public DbSet<PartnershipParameter> PartnershipParameters => Set<PartnershipParameter>();

    public DbSet<ParameterHistoryEntry> ParameterHistory => Set<ParameterHistoryEntry>();

    public DbSet<PartnershipEvent> PartnershipEvents => Set<PartnershipEvent>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<PortalOrganization> PortalOrganizations => Set<PortalOrganization>();

    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();

    public DbSet<LicensePool> LicensePools => Set<LicensePool>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<FundType> FundTypes => Set<FundType>();

    public DbSet<Fund> Funds => Set<Fund>();

    public DbSet<FundTransaction> FundTransactions => Set<FundTransaction>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    /// <summary>Saves; a unique or foreign key violation becomes the handlers' own answer (see <see cref="ConstraintViolations"/>).</summary>
    public override async Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        try
        {
            return await base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
        }
        catch (DbUpdateException exception) when (ConstraintViolations.Translate(this, exception) is { } translated)
        {
            throw translated;
        }
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.UseOpenIddict<Guid>();
        builder.ApplyConfigurationsFromAssembly(typeof(ApplicationDbContext).Assembly);
        foreach (var aggregate in builder.Model.GetEntityTypes().Where(t => t.ClrType.IsAssignableTo(typeof(AggregateRoot))).ToList())
        {
            builder.Entity(aggregate.ClrType).Ignore(nameof(AggregateRoot.DomainEvents));
        }

        // The last line of defence for D11 when two requests race: one active partnership per account.
        // A filtered unique index; only its SQL differs per provider.
        var activeOnly = Database.ProviderName switch
        {
            "Microsoft.EntityFrameworkCore.SqlServer" => "[IsActive] = 1",
            "Npgsql.EntityFrameworkCore.PostgreSQL" => "\"IsActive\" = true",
            _ => "\"IsActive\" = 1",
        };
        builder.Entity<Partnership>().HasIndex(p => p.AccountId).HasDatabaseName("IX_Partnerships_AccountId_Active").IsUnique().HasFilter(activeOnly);

        // Partner isolation: for a portal user every partner-owned table shows only their account's rows.
        builder.Entity<Account>().HasQueryFilter(a => _scope.AccountId == null || a.Id == _scope.AccountId);
        builder.Entity<Contact>().HasQueryFilter(c => _scope.AccountId == null || c.AccountId == _scope.AccountId);
        builder.Entity<Partnership>().HasQueryFilter(p => _scope.AccountId == null || p.AccountId == _scope.AccountId);
        builder.Entity<PartnershipParameter>().HasQueryFilter(
            x => _scope.AccountId == null || Partnerships.Any(p => p.Id == x.PartnershipId && p.AccountId == _scope.AccountId));
        builder.Entity<ParameterHistoryEntry>().HasQueryFilter(
            x => _scope.AccountId == null || Partnerships.Any(p => p.Id == x.PartnershipId && p.AccountId == _scope.AccountId));
        builder.Entity<PartnershipEvent>().HasQueryFilter(
            x => _scope.AccountId == null || Partnerships.Any(p => p.Id == x.PartnershipId && p.AccountId == _scope.AccountId));
        builder.Entity<Fund>().HasQueryFilter(f => _scope.AccountId == null || f.AccountId == _scope.AccountId);
        builder.Entity<FundTransaction>().HasQueryFilter(e => _scope.AccountId == null || e.AccountId == _scope.AccountId);
        builder.Entity<PortalOrganization>().HasQueryFilter(o => _scope.AccountId == null || o.AccountId == _scope.AccountId);
        builder.Entity<PortalUser>().HasQueryFilter(
            u => _scope.AccountId == null || PortalOrganizations.Any(o => o.Id == u.OrganizationId && o.AccountId == _scope.AccountId));
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored by name so the three providers' data reads the same and survives reordering.
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(40);
        configurationBuilder.Properties<decimal>().HavePrecision(18, 4);

        // Times are UTC everywhere; SQLite forgets the kind, so it is restored on read.
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<DateTime?>().HaveConversion<UtcDateTimeConverter>();
    }
}

internal sealed class UtcDateTimeConverter() : Microsoft.EntityFrameworkCore.Storage.ValueConversion.ValueConverter<DateTime, DateTime>(
    v => v.ToUniversalTime(), v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
