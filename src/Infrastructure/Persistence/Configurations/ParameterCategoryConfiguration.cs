using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ParameterCategoryConfiguration : IEntityTypeConfiguration<ParameterCategory>
{
    public void Configure(EntityTypeBuilder<ParameterCategory> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.Property(c => c.NormalizedName).HasMaxLength(100);
        builder.HasIndex(c => c.NormalizedName).IsUnique();
    }
}
