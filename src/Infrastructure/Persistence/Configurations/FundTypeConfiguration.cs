using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Infrastructure.Persistence.Configurations;

internal sealed class FundTypeConfiguration : IEntityTypeConfiguration<FundType>
{
    public void Configure(EntityTypeBuilder<FundType> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Code).HasMaxLength(40);
        builder.Property(t => t.NormalizedCode).HasMaxLength(40);
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.NormalizedName).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasIndex(t => t.NormalizedCode).IsUnique();
        builder.HasIndex(t => t.NormalizedName).IsUnique();

        // Every installation has the two fund types of the sources (DOMAIN 2.5); the migration inserts them.
        builder.HasData(
            new
            {
                Id = FundType.MarketingId, Code = FundType.MarketingCode, NormalizedCode = NameKey.Of(FundType.MarketingCode),
                Name = "Marketing fund", NormalizedName = NameKey.Of("Marketing fund"),
                Description = (string?)"Credited with a share of won opportunities (the level's marketing-fund %); pays marketing activities.",
            },
            new
            {
                Id = FundType.CertificationId, Code = FundType.CertificationCode, NormalizedCode = NameKey.Of(FundType.CertificationCode),
                Name = "Certification fund", NormalizedName = NameKey.Of("Certification fund"),
                Description = (string?)"Pays the partner's trainings and certifications.",
            });
    }
}
