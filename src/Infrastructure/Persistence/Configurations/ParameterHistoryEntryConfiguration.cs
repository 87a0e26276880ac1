using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ParameterHistoryEntryConfiguration : IEntityTypeConfiguration<ParameterHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ParameterHistoryEntry> builder)
    {
        builder.ToTable("ParameterHistory");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.ComplexProperty(h => h.Value, ParameterValueMapping.Map);
        builder.Property(h => h.ChangedBy).HasMaxLength(250);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(h => h.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.PartnershipId, h.ValidTo });
    }
}
