using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class PriceListLineConfiguration : IEntityTypeConfiguration<PriceListLine>
{
    public void Configure(EntityTypeBuilder<PriceListLine> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.HasIndex(x => new { x.PriceListId, x.ProductId }).IsUnique();

        // A product some list prices is deactivated, never deleted (the delete handler checks; this is the backstop).
        builder.HasIndex(x => x.ProductId);
        builder.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
    }
}
