using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Scheduling;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class JobRunConfiguration : IEntityTypeConfiguration<JobRun>
{
    public void Configure(EntityTypeBuilder<JobRun> builder)
    {
        builder.Property(r => r.Job).HasMaxLength(200);
        builder.Property(r => r.FireId).HasMaxLength(200);
        builder.Property(r => r.Result).HasMaxLength(1000);
        builder.Property(r => r.Instance).HasMaxLength(200);
        builder.HasIndex(r => new { r.Job, r.StartedAt });

        // One firing is one run, whichever instance ran it.
        builder.HasIndex(r => r.FireId).IsUnique();
    }
}
