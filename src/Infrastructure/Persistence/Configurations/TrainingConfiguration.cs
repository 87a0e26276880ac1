using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class TrainingConfiguration : IEntityTypeConfiguration<Training>
{
    public void Configure(EntityTypeBuilder<Training> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Course).HasMaxLength(Training.CourseMaxLength);
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.HasOne<Account>().WithMany().HasForeignKey(t => t.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(t => t.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<FundTransaction>().WithMany().HasForeignKey(t => t.FundEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(t => new { t.AccountId, t.Date });
        builder.HasIndex(t => t.ContactId);
    }
}
