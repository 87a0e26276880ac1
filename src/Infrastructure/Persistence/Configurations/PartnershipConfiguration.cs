using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(250);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerType>().WithMany().HasForeignKey(p => p.PartnerTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerLevel>().WithMany().HasForeignKey(p => p.PartnerLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Parameters).WithOne().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Events).WithOne().HasForeignKey(e => e.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.IsActive, p.Name });
        builder.HasIndex(p => p.PartnerLevelId);
        builder.HasIndex(p => new { p.AtRisk, p.IsActive });
    }
}
