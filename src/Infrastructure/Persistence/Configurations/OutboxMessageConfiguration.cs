using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.Property(m => m.Type).HasMaxLength(100);
        builder.Property(m => m.Topic).HasMaxLength(100);
        builder.Property(m => m.Summary).HasMaxLength(500);
        builder.Property(m => m.LastError).HasMaxLength(1000);
        builder.Property(m => m.LockedBy).HasMaxLength(200);

        // The dispatcher's question: which pending messages are due?
        builder.HasIndex(m => new { m.State, m.NextAttemptAt });

        // "What became of this record's e-mails?" (e.g. a portal user's invitation).
        builder.HasIndex(m => new { m.SubjectId, m.Topic });
        builder.HasIndex(m => m.CreatedAt);
    }
}
