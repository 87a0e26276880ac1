using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Idempotency;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.MarketingActivities;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Domain.Notifications;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Orders;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Pricing;
using PartnerPortal.Domain.Scheduling;
using PartnerPortal.Domain.Trainings;
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

    public DbSet<TierDecision> TierDecisions => Set<TierDecision>();

    public DbSet<ProgramSettings> ProgramSettings => Set<ProgramSettings>();

    public DbSet<Contact> Contacts => Set<Contact>();

    public DbSet<PortalOrganization> PortalOrganizations => Set<PortalOrganization>();

    public DbSet<PortalUser> PortalUsers => Set<PortalUser>();

    public DbSet<LicensePool> LicensePools => Set<LicensePool>();

    public DbSet<MarketingActivity> MarketingActivities => Set<MarketingActivity>();

    public DbSet<MarketingActivityEvent> MarketingActivityEvents => Set<MarketingActivityEvent>();

    public DbSet<OutboxMessage> OutboxMessages => Set<OutboxMessage>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<FundType> FundTypes => Set<FundType>();

    public DbSet<Fund> Funds => Set<Fund>();

    public DbSet<FundTransaction> FundTransactions => Set<FundTransaction>();

    public DbSet<IdempotencyRecord> IdempotencyRecords => Set<IdempotencyRecord>();

    public DbSet<Lead> Leads => Set<Lead>();

    public DbSet<LeadOffer> LeadOffers => Set<LeadOffer>();

    public DbSet<LeadEvent> LeadEvents => Set<LeadEvent>();

    public DbSet<LeadRoutingDecision> LeadRoutingDecisions => Set<LeadRoutingDecision>();

    public DbSet<LeadRoutingCandidate> LeadRoutingCandidates => Set<LeadRoutingCandidate>();

    public DbSet<Opportunity> Opportunities => Set<Opportunity>();

    public DbSet<OpportunityEvent> OpportunityEvents => Set<OpportunityEvent>();

    public DbSet<Order> Orders => Set<Order>();

    public DbSet<OrderLine> OrderLines => Set<OrderLine>();

    public DbSet<OrderEvent> OrderEvents => Set<OrderEvent>();

    public DbSet<Product> Products => Set<Product>();

    public DbSet<PriceList> PriceLists => Set<PriceList>();

    public DbSet<PriceListLine> PriceListLines => Set<PriceListLine>();

    public DbSet<DealRegistration> DealRegistrations => Set<DealRegistration>();

    public DbSet<DealRegistrationConflict> DealRegistrationConflicts => Set<DealRegistrationConflict>();

    public DbSet<DealRegistrationEvent> DealRegistrationEvents => Set<DealRegistrationEvent>();

    public DbSet<Notification> Notifications => Set<Notification>();

    public DbSet<EmailActionLink> EmailActionLinks => Set<EmailActionLink>();

    public DbSet<Training> Trainings => Set<Training>();

    public DbSet<Certificate> Certificates => Set<Certificate>();

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

        // Searches are prefix ranges on key columns (PrefixSearch: products' Code and NormalizedName, accounts'
        // NormalizedName for the account, partnership and organization lists). On PostgreSQL those columns
        // compare bytewise ("C"), so the range is exactly "starts with" and its B-tree index serves it whatever the
        // database's locale; SQLite's default (BINARY) and SQL Server's upper-case keys need nothing.
        if (Database.ProviderName == "Npgsql.EntityFrameworkCore.PostgreSQL")
        {
            builder.Entity<Product>().Property(p => p.Code).UseCollation("C");
            builder.Entity<Product>().Property(p => p.NormalizedName).UseCollation("C");
            builder.Entity<Account>().Property(a => a.NormalizedName).UseCollation("C");
        }

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
        builder.Entity<TierDecision>().HasQueryFilter(d => _scope.AccountId == null || d.AccountId == _scope.AccountId);
        builder.Entity<Fund>().HasQueryFilter(f => _scope.AccountId == null || f.AccountId == _scope.AccountId);
        builder.Entity<FundTransaction>().HasQueryFilter(e => _scope.AccountId == null || e.AccountId == _scope.AccountId);
        builder.Entity<PortalOrganization>().HasQueryFilter(o => _scope.AccountId == null || o.AccountId == _scope.AccountId);
        builder.Entity<PortalUser>().HasQueryFilter(
            u => _scope.AccountId == null || PortalOrganizations.Any(o => o.Id == u.OrganizationId && o.AccountId == _scope.AccountId));
        builder.Entity<MarketingActivity>().HasQueryFilter(a => _scope.AccountId == null || a.AccountId == _scope.AccountId);
        builder.Entity<MarketingActivityEvent>().HasQueryFilter(
            x => _scope.AccountId == null || MarketingActivities.Any(a => a.Id == x.ActivityId && a.AccountId == _scope.AccountId));

        // Price lists: a partner (the portal's orders, later) reads the base and level lists and only its own personal list.
        builder.Entity<PriceList>().HasQueryFilter(l => _scope.AccountId == null || l.AccountId == null || l.AccountId == _scope.AccountId);
        builder.Entity<PriceListLine>().HasQueryFilter(
            x => _scope.AccountId == null || PriceLists.Any(l => l.Id == x.PriceListId && (l.AccountId == null || l.AccountId == _scope.AccountId)));

        // Leads (ADR-008): a partner reaches a lead as its holder (a plain column comparison) or through its own OPEN
        // offer (an index seek on LeadOffers(AccountId, State, LeadId)); when the offer ends, so does the access (404).
        builder.Entity<Lead>().HasQueryFilter(
            l => _scope.AccountId == null || l.AccountId == _scope.AccountId
                || LeadOffers.Any(o => o.LeadId == l.Id && o.AccountId == _scope.AccountId && o.State == LeadOfferState.Open));
        builder.Entity<LeadOffer>().HasQueryFilter(o => _scope.AccountId == null || o.AccountId == _scope.AccountId);
        builder.Entity<LeadEvent>().HasQueryFilter(
            x => _scope.AccountId == null
                || Leads.Any(l => l.Id == x.LeadId && (l.AccountId == _scope.AccountId
                    || LeadOffers.Any(o => o.LeadId == l.Id && o.AccountId == _scope.AccountId && o.State == LeadOfferState.Open))));

        // Routing explanations are the vendor's: a partner sees at most its own candidate row of a decision that chose it.
        builder.Entity<LeadRoutingDecision>().HasQueryFilter(d => _scope.AccountId == null || d.ChosenAccountId == _scope.AccountId);
        builder.Entity<LeadRoutingCandidate>().HasQueryFilter(c => _scope.AccountId == null || c.AccountId == _scope.AccountId);
        builder.Entity<Opportunity>().HasQueryFilter(o => _scope.AccountId == null || o.AccountId == _scope.AccountId);
        builder.Entity<OpportunityEvent>().HasQueryFilter(e => _scope.AccountId == null || e.AccountId == _scope.AccountId);

        // Orders (issue 10): a partner sees its own orders, their lines and history (each row carries the account).
        builder.Entity<Order>().HasQueryFilter(o => _scope.AccountId == null || o.AccountId == _scope.AccountId);
        builder.Entity<OrderLine>().HasQueryFilter(l => _scope.AccountId == null || l.AccountId == _scope.AccountId);
        builder.Entity<OrderEvent>().HasQueryFilter(e => _scope.AccountId == null || e.AccountId == _scope.AccountId);

        // Deal registrations (issue 9): a partner sees its own registrations and their history; conflicts name other
        // partners' records, so they are the vendor's only (the partner is told "already protected", never by whom).
        builder.Entity<DealRegistration>().HasQueryFilter(r => _scope.AccountId == null || r.AccountId == _scope.AccountId);
        builder.Entity<DealRegistrationEvent>().HasQueryFilter(e => _scope.AccountId == null || e.AccountId == _scope.AccountId);
        builder.Entity<DealRegistrationConflict>().HasQueryFilter(c => _scope.AccountId == null);

        // Notifications and e-mail action links of a partner's users carry its account; each person's own are then
        // picked by recipient in the handlers (employees' notifications have no account and never reach the portal).
        builder.Entity<Notification>().HasQueryFilter(n => _scope.AccountId == null || n.AccountId == _scope.AccountId);
        builder.Entity<EmailActionLink>().HasQueryFilter(l => _scope.AccountId == null || l.AccountId == _scope.AccountId);

        // Training and certificates (W9): a partner sees its own contacts' records.
        builder.Entity<Training>().HasQueryFilter(t => _scope.AccountId == null || t.AccountId == _scope.AccountId);
        builder.Entity<Certificate>().HasQueryFilter(c => _scope.AccountId == null || c.AccountId == _scope.AccountId);
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
