using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class EmailActionLinkConfiguration : IEntityTypeConfiguration<EmailActionLink>
{
    public void Configure(EntityTypeBuilder<EmailActionLink> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.TokenHash).HasMaxLength(64);
        builder.HasIndex(l => l.TokenHash).IsUnique();
        builder.HasIndex(l => l.SubjectId);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Cascade);
    }
}
