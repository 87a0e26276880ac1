using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.Licensing;

public sealed record LicensePoolDto(Guid Id, string Edition, int Seats, int Used, int Free);

[Authorize(Roles = Roles.PortalStaff)]
public sealed record ListLicensePoolsQuery : IQuery<IReadOnlyList<LicensePoolDto>>;

public interface ILicensePoolFields
{
    string Edition { get; }

    int Seats { get; }
}

public sealed class LicensePoolFieldsValidator : AbstractValidator<ILicensePoolFields>
{
    public LicensePoolFieldsValidator()
    {
        RuleFor(x => x.Edition).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Seats).InclusiveBetween(0, 100_000);
    }
}

[Authorize(Roles = Roles.Admin)]
public sealed record CreateLicensePoolCommand(string Edition, int Seats) : ICommand<LicensePoolDto>, ILicensePoolFields;

[Authorize(Roles = Roles.Admin)]
public sealed record UpdateLicensePoolCommand(string Edition, int Seats) : ICommand<LicensePoolDto>, ILicensePoolFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CreateLicensePoolValidator : AbstractValidator<CreateLicensePoolCommand>
{
    public CreateLicensePoolValidator() => Include(new LicensePoolFieldsValidator());
}

public sealed class UpdateLicensePoolValidator : AbstractValidator<UpdateLicensePoolCommand>
{
    public UpdateLicensePoolValidator() => Include(new LicensePoolFieldsValidator());
}

public sealed class LicensePoolHandlers(IApplicationDbContext db) :
    IQueryHandler<ListLicensePoolsQuery, IReadOnlyList<LicensePoolDto>>,
    ICommandHandler<CreateLicensePoolCommand, LicensePoolDto>,
    ICommandHandler<UpdateLicensePoolCommand, LicensePoolDto>
{
    public async ValueTask<IReadOnlyList<LicensePoolDto>> Handle(ListLicensePoolsQuery query, CancellationToken cancellationToken) =>
        await Seats.Usage(db).ToListAsync(cancellationToken);

    public async ValueTask<LicensePoolDto> Handle(CreateLicensePoolCommand command, CancellationToken cancellationToken)
    {
        var pool = LicensePool.Create(command.Edition, command.Seats);
        db.LicensePools.Add(pool);
        await db.SaveChangesAsync(cancellationToken);
        return new LicensePoolDto(pool.Id, pool.Edition, pool.Seats, 0, pool.Seats);
    }

    public async ValueTask<LicensePoolDto> Handle(UpdateLicensePoolCommand command, CancellationToken cancellationToken)
    {
        var pool = await db.LicensePools.Where(p => p.Id == command.Id).FirstOr404Async("Licence pool", command.Id, cancellationToken);
        var used = await db.PortalUsers.IgnoreQueryFilters().CountAsync(u => u.LicensePoolId == pool.Id && u.IsActive, cancellationToken);
        pool.Update(command.Edition, command.Seats, used);
        await db.SaveChangesAsync(cancellationToken);
        return new LicensePoolDto(pool.Id, pool.Edition, pool.Seats, used, pool.Seats - used);
    }
}

/// <summary>D10: every active portal user holds one seat; without a free one, activation is refused.</summary>
public static class Seats
{
    /// <summary>Every pool with its seats in use, as stored.</summary>
    public static IQueryable<LicensePoolDto> Usage(IApplicationDbContext db) =>
        from p in db.LicensePools.AsNoTracking()
        let used = db.PortalUsers.IgnoreQueryFilters().Count(u => u.LicensePoolId == p.Id && u.IsActive)
        orderby p.Edition
        select new LicensePoolDto(p.Id, p.Edition, p.Seats, used, p.Seats - used);

    /// <summary>Activates the inactive <paramref name="users"/>, each on a free seat, or refuses them all.</summary>
    public static async Task ActivateAsync(IApplicationDbContext db, IReadOnlyCollection<PortalUser> users, DateTime now, CancellationToken cancellationToken)
    {
        var inactive = users.Where(u => !u.IsActive).ToList();
        if (inactive.Count == 0)
        {
            return;
        }

        var usage = await Usage(db).ToListAsync(cancellationToken);
        var free = usage.ToDictionary(p => p.Id, p => p.Free);
        var pools = await db.LicensePools.ToDictionaryAsync(p => p.Id, cancellationToken);
        foreach (var user in inactive)
        {
            var pool = usage.FirstOrDefault(p => free[p.Id] > 0)
                ?? throw new DomainRuleException(
                    "no_free_seat", "No partner-portal licence seat is free; deactivate a user or add seats to a licence pool.", isConflict: true);
            free[pool.Id]--;
            user.Activate(pools[pool.Id], now);
        }
    }
}
