using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

// Keys are created by the domain (Guid v7), never by the database, so new children added to a loaded aggregate
// are inserted rather than mistaken for existing rows.
internal sealed class AccountConfiguration : IEntityTypeConfiguration<Account>
{
    public void Configure(EntityTypeBuilder<Account> builder)
    {
        builder.Property(a => a.Id).ValueGeneratedNever();
        builder.Property(a => a.Name).HasMaxLength(Account.NameMaxLength);
        builder.Property(a => a.Website).HasMaxLength(250);
        builder.Property(a => a.Country).HasMaxLength(100);
        builder.Property(a => a.EmailDomain).HasMaxLength(EmailDomain.MaxLength);
        builder.Property(a => a.Region).HasMaxLength(Account.RegionMaxLength);
        builder.Property(a => a.TaxId).HasMaxLength(TaxId.MaxLength);
        builder.HasIndex(a => a.TaxId);
        builder.Property(a => a.NormalizedName).HasMaxLength(Account.NameMaxLength);
        builder.HasIndex(a => new { a.Type, a.Name });
        builder.HasIndex(a => a.NormalizedName).IsUnique();
    }
}
