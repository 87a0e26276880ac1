using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Common.Interfaces;

public interface IApplicationDbContext
{
    DbSet<Account> Accounts { get; }

    DbSet<PartnerType> PartnerTypes { get; }

    DbSet<PartnerLevel> PartnerLevels { get; }

    DbSet<LevelParameter> LevelParameters { get; }

    DbSet<ParameterCategory> ParameterCategories { get; }

    DbSet<Partnership> Partnerships { get; }

    DbSet<PartnershipParameter> PartnershipParameters { get; }

    DbSet<ParameterHistoryEntry> ParameterHistory { get; }

    DatabaseFacade Database { get; }

    Task<int> SaveChangesAsync(CancellationToken cancellationToken);
}
