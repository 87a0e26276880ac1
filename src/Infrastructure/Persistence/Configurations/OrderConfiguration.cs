using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrderConfiguration : IEntityTypeConfiguration<Order>
{
    public void Configure(EntityTypeBuilder<Order> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Number).HasMaxLength(Order.NumberMaxLength);
        builder.Property(o => o.Currency).HasMaxLength(3);
        builder.Property(o => o.Version).IsConcurrencyToken();
        builder.Ignore(o => o.DiscountMinor);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Opportunity>().WithMany().HasForeignKey(o => o.OpportunityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(o => o.Lines).WithOne().HasForeignKey(l => l.OrderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(o => o.History).WithOne().HasForeignKey(e => e.OrderId).OnDelete(DeleteBehavior.Cascade);

        // The number is unique; one order per opportunity; the isolation filter compares AccountId (ADR-004); the lists'
        // keyset orders end with the Id.
        builder.HasIndex(o => o.Number).IsUnique();
        builder.HasIndex(o => o.OpportunityId).IsUnique();
        builder.HasIndex(o => new { o.AccountId, o.Status, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.AccountId, o.Status, o.ConfirmedAt, o.TotalMinor });
        builder.HasIndex(o => new { o.AccountId, o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.CreatedAt, o.Id });
        builder.HasIndex(o => new { o.Status, o.CreatedAt, o.Id });
    }
}
