using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LicensePoolConfiguration : IEntityTypeConfiguration<LicensePool>
{
    public void Configure(EntityTypeBuilder<LicensePool> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Edition).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Property(p => p.NormalizedEdition).HasMaxLength(100);
        builder.HasIndex(p => new { p.Kind, p.NormalizedEdition }).IsUnique();
    }
}
