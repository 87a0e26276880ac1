using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(Opportunity.NameMaxLength);
        builder.Property(o => o.Customer).HasMaxLength(Opportunity.NameMaxLength);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.NextStep).HasMaxLength(Opportunity.TextMaxLength);
        builder.Property(o => o.Notes).HasMaxLength(Opportunity.NotesMaxLength);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.FundBasisDue);
        builder.Ignore(o => o.IsClosed);
        builder.Ignore(o => o.FundCreditMinor);
        builder.HasOne<Lead>().WithMany().HasForeignKey(o => o.LeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<DealRegistration>().WithMany().HasForeignKey(o => o.DealRegistrationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.CustomerAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.History).WithOne().HasForeignKey(e => e.OpportunityId).OnDelete(DeleteBehavior.Cascade);

        // One opportunity per lead and per registration; the isolation filter compares AccountId (ADR-004); the lists'
        // keyset orders end with the Id.
        builder.HasIndex(o => o.LeadId).IsUnique();
        builder.HasIndex(o => o.DealRegistrationId).IsUnique();
        // The pipeline summary (count and amount per stage and currency) reads only these covering indexes, never the rows.
        builder.HasIndex(o => new { o.AccountId, o.Stage, o.Currency, o.AmountMinor });

        // The tier engine's "opportunity amount" (D3): a partner's won deals by closing time, covering the amount.
        builder.HasIndex(o => new { o.AccountId, o.Stage, o.ClosedAt, o.AmountMinor });
        builder.HasIndex(o => new { o.Stage, o.Currency, o.AmountMinor });
        builder.HasIndex(o => new { o.AccountId, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.Stage, o.CreatedAt, o.Id });
    }
}
