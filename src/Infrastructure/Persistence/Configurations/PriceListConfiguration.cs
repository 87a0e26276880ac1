using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PriceListConfiguration : IEntityTypeConfiguration<PriceList>
{
    public void Configure(EntityTypeBuilder<PriceList> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(PriceList.MaxNameLength);
        builder.Property(l => l.NormalizedName).HasMaxLength(PriceList.MaxNameLength);
        builder.Property(l => l.ScopeKey).HasMaxLength(60);
        builder.HasIndex(l => l.NormalizedName).IsUnique();
        builder.HasIndex(l => l.ScopeKey).IsUnique();
        builder.HasIndex(l => new { l.Kind, l.NormalizedName });
        builder.HasOne<PartnerLevel>().WithMany().HasForeignKey(l => l.PartnerLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Account>().WithMany().HasForeignKey(l => l.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(l => l.Lines).WithOne().HasForeignKey(x => x.PriceListId).OnDelete(DeleteBehavior.Cascade);
    }
}
