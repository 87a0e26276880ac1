using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class FundConfiguration : IEntityTypeConfiguration<Fund>
{
    public void Configure(EntityTypeBuilder<Fund> builder)
    {
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.Property(f => f.Name).HasMaxLength(100);
        builder.Property(f => f.Currency).HasMaxLength(3);
        builder.Property(f => f.Version).IsConcurrencyToken();
        builder.HasOne<Partnership>().WithMany().HasForeignKey(f => f.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FundType>().WithMany().HasForeignKey(f => f.FundTypeId).OnDelete(DeleteBehavior.Restrict);

        // Invariant 6: one fund per partnership and type.
        builder.HasIndex(f => new { f.PartnershipId, f.FundTypeId }).IsUnique();
        builder.HasIndex(f => f.AccountId);
    }
}
