using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OpportunityConfiguration : IEntityTypeConfiguration<Opportunity>
{
    public void Configure(EntityTypeBuilder<Opportunity> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Customer).HasMaxLength(Lead.TextMaxLength);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.HasOne<Lead>().WithMany().HasForeignKey(o => o.LeadId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.CustomerAccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.LeadId).IsUnique();
        builder.HasIndex(o => new { o.AccountId, o.Status });
    }
}
