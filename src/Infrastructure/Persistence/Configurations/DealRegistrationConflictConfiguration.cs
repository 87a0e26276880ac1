using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class DealRegistrationConflictConfiguration : IEntityTypeConfiguration<DealRegistrationConflict>
{
    public void Configure(EntityTypeBuilder<DealRegistrationConflict> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.HasIndex(c => new { c.RegistrationId, c.OtherId });
    }
}
