using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class MarketingActivityEventConfiguration : IEntityTypeConfiguration<MarketingActivityEvent>
{
    public void Configure(EntityTypeBuilder<MarketingActivityEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.By).HasMaxLength(250);
        builder.Property(e => e.Note).HasMaxLength(MarketingActivity.NoteMaxLength);
        builder.HasIndex(e => new { e.ActivityId, e.At });
    }
}
