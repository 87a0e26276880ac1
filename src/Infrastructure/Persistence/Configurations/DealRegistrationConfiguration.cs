using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class DealRegistrationConfiguration : IEntityTypeConfiguration<DealRegistration>
{
    public void Configure(EntityTypeBuilder<DealRegistration> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CompanyName).HasMaxLength(DealRegistration.TextMaxLength);
        builder.Property(r => r.NormalizedName).HasMaxLength(DealRegistration.TextMaxLength);
        builder.Property(r => r.EmailDomain).HasMaxLength(EmailDomain.MaxLength);
        builder.Property(r => r.TaxId).HasMaxLength(TaxId.MaxLength);
        builder.Property(r => r.ProductInterest).HasMaxLength(DealRegistration.ProductInterestMaxLength);
        builder.Property(r => r.Currency).HasMaxLength(3);
        builder.Property(r => r.RejectReason).HasMaxLength(DealRegistration.ReasonMaxLength);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Account>().WithMany().HasForeignKey(r => r.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(r => r.RegisteredById).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Conflicts).WithOne().HasForeignKey(c => c.RegistrationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.History).WithOne().HasForeignKey(e => e.RegistrationId).OnDelete(DeleteBehavior.Cascade);

        // Isolation (AccountId), the keyset order (SubmittedAt, Id), and the three conflict keys.
        builder.HasIndex(r => new { r.AccountId, r.SubmittedAt });
        builder.HasIndex(r => new { r.SubmittedAt, r.Id });
        builder.HasIndex(r => r.NormalizedName);
        builder.HasIndex(r => r.EmailDomain);
        builder.HasIndex(r => r.TaxId);
    }
}
