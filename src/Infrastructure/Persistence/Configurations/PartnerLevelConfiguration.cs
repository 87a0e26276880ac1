using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PartnerLevelConfiguration : IEntityTypeConfiguration<PartnerLevel>
{
    public void Configure(EntityTypeBuilder<PartnerLevel> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(1000);
        builder.HasOne<PartnerType>().WithMany().HasForeignKey(l => l.PartnerTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PartnerTypeId, l.Number }).IsUnique();
        builder.Property(l => l.NormalizedName).HasMaxLength(100);
        builder.HasIndex(l => new { l.PartnerTypeId, l.NormalizedName }).IsUnique();
        builder.HasMany(l => l.Parameters).WithOne().HasForeignKey(p => p.LevelId).OnDelete(DeleteBehavior.Cascade);
    }
}
