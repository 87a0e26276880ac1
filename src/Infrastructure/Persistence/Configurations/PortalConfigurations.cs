using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class ContactConfiguration : IEntityTypeConfiguration<Contact>
{
    public void Configure(EntityTypeBuilder<Contact> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(250);
        builder.Property(c => c.Email).HasMaxLength(250);
        builder.HasOne<Account>().WithMany().HasForeignKey(c => c.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.AccountId, c.Email });
    }
}

internal sealed class PortalOrganizationConfiguration : IEntityTypeConfiguration<PortalOrganization>
{
    public void Configure(EntityTypeBuilder<PortalOrganization> builder)
    {
        builder.Property(o => o.Id).ValueGeneratedNever();
        builder.Property(o => o.Name).HasMaxLength(250);
        builder.HasOne<Account>().WithMany().HasForeignKey(o => o.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(o => o.AccountId).IsUnique();
    }
}

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.Id).ValueGeneratedNever();
        builder.Property(u => u.Email).HasMaxLength(250);
        builder.Property(u => u.InvitationTokenHash).HasMaxLength(64);
        builder.HasOne<Contact>().WithMany().HasForeignKey(u => u.ContactId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PortalOrganization>().WithMany().HasForeignKey(u => u.OrganizationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LicensePool>().WithMany().HasForeignKey(u => u.LicensePoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(u => u.ContactId).IsUnique();
        builder.HasIndex(u => u.Email).IsUnique();
        builder.HasIndex(u => u.InvitationTokenHash);
        builder.HasIndex(u => new { u.LicensePoolId, u.IsActive });

        // Two requests accepting the same invitation at once: only the first update finds it unaccepted.
        builder.Property(u => u.InvitationAcceptedAt).IsConcurrencyToken();
    }
}

internal sealed class LicensePoolConfiguration : IEntityTypeConfiguration<LicensePool>
{
    public void Configure(EntityTypeBuilder<LicensePool> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Edition).HasMaxLength(100);
        builder.Property(p => p.Version).IsConcurrencyToken();
    }
}
