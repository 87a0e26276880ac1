using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartnerPortal.Domain.Accounts;
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

namespace PartnerPortal.Application.Common.Interfaces;

public interface IApplicationDbContext
{
    DbSet<Account> Accounts { get; }

    DbSet<PartnerType> PartnerTypes { get; }

    DbSet<PartnerLevel> PartnerLevels { get; }

    DbSet<LevelParameter> LevelParameters { get; }

    DbSet<ParameterCategory> ParameterCategories { get; }

    DbSet<Partnership> Partnerships { get; }

    DbSet<PartnershipParameter> PartnershipParameters { get; }

    DbSet<ParameterHistoryEntry> ParameterHistory { get; }

    DbSet<PartnershipEvent> PartnershipEvents { get; }

    DbSet<TierDecision> TierDecisions { get; }

    DbSet<ProgramSettings> ProgramSettings { get; }

    DbSet<Contact> Contacts { get; }

    DbSet<PortalOrganization> PortalOrganizations { get; }

    DbSet<PortalUser> PortalUsers { get; }

    DbSet<LicensePool> LicensePools { get; }

    DbSet<MarketingActivity> MarketingActivities { get; }

    DbSet<MarketingActivityEvent> MarketingActivityEvents { get; }

    DbSet<OutboxMessage> OutboxMessages { get; }

    DbSet<JobRun> JobRuns { get; }

    DbSet<FundType> FundTypes { get; }

    DbSet<Fund> Funds { get; }

    DbSet<FundTransaction> FundTransactions { get; }

    DbSet<IdempotencyRecord> IdempotencyRecords { get; }

    DbSet<Lead> Leads { get; }

    DbSet<LeadOffer> LeadOffers { get; }

    DbSet<LeadEvent> LeadEvents { get; }

    DbSet<LeadRoutingDecision> LeadRoutingDecisions { get; }

    DbSet<LeadRoutingCandidate> LeadRoutingCandidates { get; }

    DbSet<Opportunity> Opportunities { get; }

    DbSet<OpportunityEvent> OpportunityEvents { get; }

    DbSet<Order> Orders { get; }

    DbSet<OrderLine> OrderLines { get; }

    DbSet<OrderEvent> OrderEvents { get; }

    DbSet<Product> Products { get; }

    DbSet<PriceList> PriceLists { get; }

    DbSet<PriceListLine> PriceListLines { get; }

    DbSet<DealRegistration> DealRegistrations { get; }

    DbSet<DealRegistrationConflict> DealRegistrationConflicts { get; }

    DbSet<DealRegistrationEvent> DealRegistrationEvents { get; }

    DbSet<Notification> Notifications { get; }

    DbSet<EmailActionLink> EmailActionLinks { get; }

    DbSet<Training> Trainings { get; }

    DbSet<Certificate> Certificates { get; }

    DatabaseFacade Database { get; }

    /// <summary>Lets a command that lost a concurrency race forget what it loaded and start over.</summary>
    ChangeTracker ChangeTracker { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
