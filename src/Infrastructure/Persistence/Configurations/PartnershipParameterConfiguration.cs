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
        builder.Property(p => p.TextValue).HasMaxLength(250);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.Value);
    }
}
