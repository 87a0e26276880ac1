using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LeadRoutingDecisionConfiguration : IEntityTypeConfiguration<LeadRoutingDecision>
{
    public void Configure(EntityTypeBuilder<LeadRoutingDecision> builder)
    {
        builder.Property(d => d.Id).ValueGeneratedNever();
        builder.Property(d => d.Trigger).HasMaxLength(100);
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.HasOne<Lead>().WithMany().HasForeignKey(d => d.LeadId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Candidates).WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(d => new { d.LeadId, d.At });
        builder.HasIndex(d => d.ChosenAccountId);
    }
}
