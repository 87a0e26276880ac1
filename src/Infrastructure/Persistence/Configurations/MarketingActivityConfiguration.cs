using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.MarketingActivities;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class MarketingActivityConfiguration : IEntityTypeConfiguration<MarketingActivity>
{
    public void Configure(EntityTypeBuilder<MarketingActivity> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(MarketingActivity.NameMaxLength);
        builder.Property(a => a.Description).HasMaxLength(MarketingActivity.DescriptionMaxLength);
        builder.Property(a => a.Url).HasMaxLength(MarketingActivity.UrlMaxLength);
        builder.Property(a => a.Currency).HasMaxLength(3);
        builder.Property(a => a.RejectionReason).HasMaxLength(MarketingActivity.NoteMaxLength);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasOne<Account>().WithMany().HasForeignKey(a => a.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Partnership>().WithMany().HasForeignKey(a => a.PartnershipId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Fund>().WithMany().HasForeignKey(a => a.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.History).WithOne().HasForeignKey(e => e.ActivityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(a => new { a.AccountId, a.Status, a.ApprovedAt });
        builder.HasIndex(a => new { a.PartnershipId, a.Status, a.ApprovedAt });
        builder.HasIndex(a => new { a.Status, a.CreatedAt });
    }
}
