using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PartnershipParameterConfiguration : IEntityTypeConfiguration<PartnershipParameter>
{
    public void Configure(EntityTypeBuilder<PartnershipParameter> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.ComplexProperty(p => p.Value, ParameterValueMapping.Map);
        builder.Property(p => p.OverrideReason).HasMaxLength(500);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
