using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LeadRoutingCandidateConfiguration : IEntityTypeConfiguration<LeadRoutingCandidate>
{
    public void Configure(EntityTypeBuilder<LeadRoutingCandidate> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.ExcludedBecause).HasMaxLength(250);
        builder.HasIndex(c => c.AccountId);
    }
}
