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
        builder.HasIndex(a => new { a.Type, a.Name });
    }
}

internal sealed class PartnerTypeConfiguration : IEntityTypeConfiguration<PartnerType>
{
    public void Configure(EntityTypeBuilder<PartnerType> builder)
    {
        builder.Property(t => t.Id).ValueGeneratedNever();
        builder.Property(t => t.Name).HasMaxLength(100);
        builder.Property(t => t.Description).HasMaxLength(1000);
        builder.HasIndex(t => t.Name).IsUnique();
    }
}

internal sealed class ParameterCategoryConfiguration : IEntityTypeConfiguration<ParameterCategory>
{
    public void Configure(EntityTypeBuilder<ParameterCategory> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Name).HasMaxLength(100);
        builder.Property(c => c.Description).HasMaxLength(1000);
        builder.HasIndex(c => c.Name).IsUnique();
    }
}

internal sealed class PartnerLevelConfiguration : IEntityTypeConfiguration<PartnerLevel>
{
    public void Configure(EntityTypeBuilder<PartnerLevel> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Description).HasMaxLength(1000);
        builder.HasOne<PartnerType>().WithMany().HasForeignKey(l => l.PartnerTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.PartnerTypeId, l.Number }).IsUnique();
        builder.HasIndex(l => new { l.PartnerTypeId, l.Name }).IsUnique();
        builder.HasMany(l => l.Parameters).WithOne().HasForeignKey(p => p.LevelId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class LevelParameterConfiguration : IEntityTypeConfiguration<LevelParameter>
{
    public void Configure(EntityTypeBuilder<LevelParameter> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TextValue).HasMaxLength(250);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.Value);
    }
}

internal sealed class PartnershipConfiguration : IEntityTypeConfiguration<Partnership>
{
    public void Configure(EntityTypeBuilder<Partnership> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.Name).HasMaxLength(250);
        builder.HasOne<Account>().WithMany().HasForeignKey(p => p.AccountId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerType>().WithMany().HasForeignKey(p => p.PartnerTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<PartnerLevel>().WithMany().HasForeignKey(p => p.PartnerLevelId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Parameters).WithOne().HasForeignKey(p => p.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.History).WithOne().HasForeignKey(h => h.PartnershipId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(p => new { p.IsActive, p.Name });
        builder.HasIndex(p => p.PartnerLevelId);
    }
}

internal sealed class PartnershipParameterConfiguration : IEntityTypeConfiguration<PartnershipParameter>
{
    public void Configure(EntityTypeBuilder<PartnershipParameter> builder)
    {
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.TextValue).HasMaxLength(250);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(p => p.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(p => p.Value);
    }
}

internal sealed class ParameterHistoryEntryConfiguration : IEntityTypeConfiguration<ParameterHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ParameterHistoryEntry> builder)
    {
        builder.ToTable("ParameterHistory");
        builder.Property(h => h.Id).ValueGeneratedNever();
        builder.Property(h => h.TextValue).HasMaxLength(250);
        builder.Property(h => h.ChangedBy).HasMaxLength(250);
        builder.HasOne<ParameterCategory>().WithMany().HasForeignKey(h => h.CategoryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.PartnershipId, h.ValidTo });
        builder.Ignore(h => h.Value);
    }
}
