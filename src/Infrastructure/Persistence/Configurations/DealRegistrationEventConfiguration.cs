using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class DealRegistrationEventConfiguration : IEntityTypeConfiguration<DealRegistrationEvent>
{
    public void Configure(EntityTypeBuilder<DealRegistrationEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.By).HasMaxLength(250);
        builder.Property(e => e.What).HasMaxLength(250);
        builder.Property(e => e.Note).HasMaxLength(DealRegistration.ReasonMaxLength);
        builder.HasIndex(e => new { e.RegistrationId, e.At });
    }
}
