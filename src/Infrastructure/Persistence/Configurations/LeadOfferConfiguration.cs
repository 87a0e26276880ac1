using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class LeadOfferConfiguration : IEntityTypeConfiguration<LeadOffer>
{
    public void Configure(EntityTypeBuilder<LeadOffer> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Reason).HasMaxLength(Lead.ReasonMaxLength);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(o => o.OwnerId).OnDelete(DeleteBehavior.Restrict);

        // The lead filter's "has an open offer" is an index seek; routing counts open offers per partner; expiry finds due ones.
        builder.HasIndex(o => new { o.AccountId, o.State, o.LeadId });
        builder.HasIndex(o => new { o.State, o.Deadline });
        // A lead's open offer (the lists read it per row): a seek on the lead and the state, whatever the statistics say.
        builder.HasIndex(o => new { o.LeadId, o.State });
    }
}
