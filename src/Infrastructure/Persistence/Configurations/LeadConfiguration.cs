using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LeadConfiguration : IEntityTypeConfiguration<Lead>
{
    public void Configure(EntityTypeBuilder<Lead> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.CompanyName).HasMaxLength(Lead.TextMaxLength);
        builder.Property(l => l.ContactName).HasMaxLength(Lead.TextMaxLength);
        builder.Property(l => l.ContactEmail).HasMaxLength(Lead.TextMaxLength);
        builder.Property(l => l.Need).HasMaxLength(Lead.NeedMaxLength);
        builder.Property(l => l.Currency).HasMaxLength(3);
        builder.Property(l => l.Source).HasMaxLength(Lead.ShortTextMaxLength);
        builder.Property(l => l.Region).HasMaxLength(Lead.ShortTextMaxLength);
        builder.Property(l => l.SourceKey).HasMaxLength(Lead.ShortTextMaxLength);
        builder.Property(l => l.RegionKey).HasMaxLength(Lead.ShortTextMaxLength);
        builder.Property(l => l.DisqualifyReason).HasMaxLength(Lead.ReasonMaxLength);
        builder.Property(l => l.Version).IsConcurrencyToken();
        builder.Ignore(l => l.OpenOffer);
        builder.Ignore(l => l.Customer);
        builder.Ignore(l => l.IsClosed);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.CustomerAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(l => l.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(l => l.OwnerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Offers).WithOne().HasForeignKey(o => o.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.History).WithOne().HasForeignKey(e => e.LeadId).OnDelete(DeleteBehavior.Cascade);

        // The isolation filter compares AccountId (ADR-004/008); the list's keyset orders end with the Id.
        // The lists' keyset order (CreatedAt, Id) after their equality filters, so a page is read in index order, never sorted.
        builder.HasIndex(l => new { l.AccountId, l.Status, l.CreatedAt, l.Id });
        builder.HasIndex(l => new { l.AccountId, l.CreatedAt, l.Id });
        builder.HasIndex(l => new { l.CreatedAt, l.Id });
        builder.HasIndex(l => new { l.Status, l.CreatedAt, l.Id });
        builder.HasIndex(l => new { l.RegionKey, l.CreatedAt, l.Id });
        builder.HasIndex(l => new { l.SourceKey, l.CreatedAt, l.Id });
    }
}
