using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class FundTransactionConfiguration : IEntityTypeConfiguration<FundTransaction>
{
    public void Configure(EntityTypeBuilder<FundTransaction> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Description).HasMaxLength(FundTransaction.MaxDescriptionLength);
        builder.Property(e => e.Currency).HasMaxLength(3);
        builder.Property(e => e.SourceType).HasMaxLength(60);
        builder.Property(e => e.AccrualKey).HasMaxLength(120);
        builder.Property(e => e.OverdraftReason).HasMaxLength(500);
        builder.Property(e => e.CreatedBy).HasMaxLength(250);
        builder.Ignore(e => e.CounterAccount);
        builder.HasOne<Fund>().WithMany().HasForeignKey(e => e.FundId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FundTransaction>().WithMany().HasForeignKey(e => e.ReversesEntryId).OnDelete(DeleteBehavior.Restrict);

        // An entry is reversed at most once; a source accrues once at a time (its key counts the accruals).
        builder.HasIndex(e => e.ReversesEntryId).IsUnique();
        builder.HasIndex(e => e.AccrualKey).IsUnique();

        // The operations list: by fund or partnership, newest first; a source's entries.
        builder.HasIndex(e => new { e.FundId, e.CreatedAt });
        builder.HasIndex(e => new { e.PartnershipId, e.CreatedAt });
        builder.HasIndex(e => new { e.AccountId, e.CreatedAt });
        builder.HasIndex(e => new { e.SourceType, e.SourceId });

        // The two postings of an entry (double entry: they sum to zero), in a table of their own so the ledger can be summed in SQL.
        builder.OwnsMany(e => e.Postings, posting =>
        {
            posting.ToTable("FundPostings");
            posting.WithOwner().HasForeignKey("FundTransactionId");
            posting.HasKey("FundTransactionId", nameof(FundPosting.Line));
            posting.Property(p => p.Line).ValueGeneratedNever();
            posting.HasIndex(p => new { p.Account, p.FundId });
        });
        builder.Navigation(e => e.Postings).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}
