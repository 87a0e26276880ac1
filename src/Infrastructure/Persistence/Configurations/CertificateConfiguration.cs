using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class CertificateConfiguration : IEntityTypeConfiguration<Certificate>
{
    public void Configure(EntityTypeBuilder<Certificate> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(Certificate.NameMaxLength);
        builder.Property(c => c.Number).HasMaxLength(Certificate.NumberMaxLength);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Contact>().WithMany().HasForeignKey(c => c.ContactId).OnDelete(DeleteBehavior.Restrict);

        // Deleting a training keeps the certificates it yielded (they stand on their own).
        builder.HasOne<Training>().WithMany().HasForeignKey(c => c.TrainingId).OnDelete(DeleteBehavior.SetNull);

        // "Certified experts" (D3): the account's distinct contacts with a certificate valid on a day.
        builder.HasIndex(c => new { c.AccountId, c.ContactId, c.ExpiresOn });
        builder.HasIndex(c => c.ContactId);
        builder.HasIndex(c => c.TrainingId);
    }
}
