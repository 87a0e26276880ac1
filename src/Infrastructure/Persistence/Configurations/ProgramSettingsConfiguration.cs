using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ProgramSettingsConfiguration : IEntityTypeConfiguration<ProgramSettings>
{
    public void Configure(EntityTypeBuilder<ProgramSettings> builder)
    {
        builder.ToTable("ProgramSettings");
        builder.Property(s => s.Id).ValueGeneratedNever();
    }
}
