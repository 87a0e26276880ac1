using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PortalOrganizationConfiguration : IEntityTypeConfiguration<PortalOrganization>
{
    public void Configure(EntityTypeBuilder<PortalOrganization> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(250);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.AccountId).IsUnique();
    }
}
