using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Pricing;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ProductConfiguration : IEntityTypeConfiguration<Product>
{
    public void Configure(EntityTypeBuilder<Product> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Code).HasMaxLength(Product.MaxCodeLength);
        builder.Property(p => p.Name).HasMaxLength(Product.MaxNameLength);
        builder.Property(p => p.NormalizedName).HasMaxLength(Product.MaxNameLength);
        builder.Property(p => p.Unit).HasMaxLength(Product.MaxUnitLength);

        // The search is a prefix range on these two columns (ProductReader), so both are indexed; the list's filter
        // on IsActive and its sorts by code and name read the same indexes.
        builder.HasIndex(p => p.Code).IsUnique();
        builder.HasIndex(p => p.NormalizedName);
    }
}
