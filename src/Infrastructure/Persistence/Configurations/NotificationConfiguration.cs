using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Id).ValueGeneratedNever();
        builder.Property(n => n.Topic).HasMaxLength(Notification.TopicMaxLength);
        builder.Property(n => n.Title).HasMaxLength(Notification.TitleMaxLength);
        builder.Property(n => n.Body).HasMaxLength(Notification.BodyMaxLength);
        builder.Property(n => n.Link).HasMaxLength(Notification.LinkMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(n => n.AccountId).OnDelete(DeleteBehavior.Cascade);

        // A person's list (newest first, keyset on CreatedAt + Id) and the bell's unread count are index ranges.
        builder.HasIndex(n => new { n.RecipientId, n.CreatedAt, n.Id });
        builder.HasIndex(n => new { n.RecipientId, n.ReadAt });
        builder.HasIndex(n => n.AccountId);
    }
}
