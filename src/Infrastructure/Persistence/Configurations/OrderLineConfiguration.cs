using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Orders;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrderLineConfiguration : IEntityTypeConfiguration<OrderLine>
{
    public void Configure(EntityTypeBuilder<OrderLine> builder)
    {
        builder.Property(x => x.Id).ValueGeneratedNever();
        builder.Property(x => x.ProductCode).HasMaxLength(Product.MaxCodeLength);
        builder.Property(x => x.ProductName).HasMaxLength(Product.MaxNameLength);
        builder.Property(x => x.DiscountOverriddenBy).HasMaxLength(250);
        builder.Property(x => x.DiscountOverrideReason).HasMaxLength(Order.ReasonMaxLength);

        // A product an order names is deactivated, never deleted; a price list keeps its id on lines it priced (no FK:
        // a list may be deleted, the line keeps its price and source).
        builder.HasOne<Product>().WithMany().HasForeignKey(x => x.ProductId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(x => new { x.OrderId, x.ProductId }).IsUnique();
        builder.HasIndex(x => x.ProductId);
    }
}
