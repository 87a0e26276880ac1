using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PartnershipEventConfiguration : IEntityTypeConfiguration<PartnershipEvent>
{
    public void Configure(EntityTypeBuilder<PartnershipEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.By).HasMaxLength(250);
        builder.Property(e => e.OldValue).HasMaxLength(250);
        builder.Property(e => e.NewValue).HasMaxLength(250);
        builder.Property(e => e.Reason).HasMaxLength(500);
        builder.HasIndex(e => new { e.PartnershipId, e.At });
    }
}
