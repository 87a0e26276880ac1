using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

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
