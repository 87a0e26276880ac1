using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OrderEventConfiguration : IEntityTypeConfiguration<OrderEvent>
{
    public void Configure(EntityTypeBuilder<OrderEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.By).HasMaxLength(250);
        builder.Property(e => e.What).HasMaxLength(OrderEvent.WhatMaxLength);
        builder.Property(e => e.Note).HasMaxLength(Order.ReasonMaxLength);
        builder.HasIndex(e => new { e.OrderId, e.At });
    }
}
