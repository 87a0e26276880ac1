using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class TierDecisionConfiguration : IEntityTypeConfiguration<TierDecision>
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<TierDecision> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.TriggerDetail).HasMaxLength(250);
        builder.Property(d => d.By).HasMaxLength(250);
        builder.Property(d => d.Reason).HasMaxLength(2000);

        // The lines are read and written with their decision only, never queried: one JSON text column, the same on
        // the three providers (a decision is one row however many obligations the level has).
        builder.Property(d => d.Lines)
            .HasConversion(
                lines => JsonSerializer.Serialize(lines, Json),
                text => JsonSerializer.Deserialize<List<TierDecisionLine>>(text, Json) ?? new List<TierDecisionLine>(),
                new ValueComparer<IReadOnlyList<TierDecisionLine>>(
                    (a, b) => a!.SequenceEqual(b!), lines => lines.Aggregate(0, (h, l) => HashCode.Combine(h, l.GetHashCode())), lines => lines.ToList()))
            .HasColumnName("LinesJson");
        builder.HasOne<Partnership>().WithMany(p => p.Decisions).HasForeignKey(d => d.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.PartnershipId, d.At });
        builder.HasIndex(d => d.AccountId);
    }
}
