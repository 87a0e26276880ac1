using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LeadEventConfiguration : IEntityTypeConfiguration<LeadEvent>
{
    public void Configure(EntityTypeBuilder<LeadEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.By).HasMaxLength(250);
        builder.Property(e => e.What).HasMaxLength(250);
        builder.Property(e => e.Note).HasMaxLength(Lead.ReasonMaxLength);
        builder.HasIndex(e => new { e.LeadId, e.At });
    }
}
