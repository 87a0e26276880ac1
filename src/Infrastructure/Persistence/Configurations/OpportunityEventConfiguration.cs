using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class OpportunityEventConfiguration : IEntityTypeConfiguration<OpportunityEvent>
{
    public void Configure(EntityTypeBuilder<OpportunityEvent> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.By).HasMaxLength(250);
        builder.Property(e => e.What).HasMaxLength(OpportunityEvent.WhatMaxLength);
        builder.Property(e => e.Note).HasMaxLength(Opportunity.ReasonMaxLength);
        builder.HasIndex(e => new { e.OpportunityId, e.At });
    }
}
