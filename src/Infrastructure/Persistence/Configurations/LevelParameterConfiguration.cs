using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LevelParameterConfiguration : IEntityTypeConfiguration<LevelParameter>
{
    public void Configure(EntityTypeBuilder<LevelParameter> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.ComplexProperty(p => p.Value, ParameterValueMapping.Map);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
    }
}
