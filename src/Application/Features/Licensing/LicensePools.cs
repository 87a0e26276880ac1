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

[Authorize(Roles = Roles.Admin)]
public sealed record CreateLicensePoolCommand(string Edition, int Seats) : ICommand<LicensePoolDto>;

[Authorize(Roles = Roles.Admin)]
public sealed record UpdateLicensePoolCommand(string Edition, int Seats) : ICommand<LicensePoolDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class CreateLicensePoolValidator : AbstractValidator<CreateLicensePoolCommand>
{
    public CreateLicensePoolValidator()
    {
        RuleFor(x => x.Edition).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Seats).InclusiveBetween(0, 100_000);
    }
}

public sealed class UpdateLicensePoolValidator : AbstractValidator<UpdateLicensePoolCommand>
{
    public UpdateLicensePoolValidator()
    {
        RuleFor(x => x.Edition).NotEmpty().MaximumLength(100);
        RuleFor(x => x.Seats).InclusiveBetween(0, 100_000);
    }
}

public sealed class LicensePoolHandlers(IApplicationDbContext db) :
    IQueryHandler<ListLicensePoolsQuery, IReadOnlyList<LicensePoolDto>>,
    ICommandHandler<CreateLicensePoolCommand, LicensePoolDto>,
    ICommandHandler<UpdateLicensePoolCommand, LicensePoolDto>
{
    public async ValueTask<IReadOnlyList<LicensePoolDto>> Handle(ListLicensePoolsQuery query, CancellationToken cancellationToken) =>
        await Project(db.LicensePools.OrderBy(p => p.Edition)).ToListAsync(cancellationToken);

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

    private IQueryable<LicensePoolDto> Project(IQueryable<LicensePool> pools) =>
        from p in pools.AsNoTracking()
        let used = db.PortalUsers.IgnoreQueryFilters().Count(u => u.LicensePoolId == p.Id && u.IsActive)
        select new LicensePoolDto(p.Id, p.Edition, p.Seats, used, p.Seats - used);
}

/// <summary>D10: every active portal user holds one seat; without a free one, activation is refused.</summary>
public static class Seats
{
    public static async Task ActivateAsync(IApplicationDbContext db, PortalUser user, DateTime now, CancellationToken cancellationToken)
    {
        if (user.IsActive)
        {
            return;
        }

        // Seats taken by users added earlier in this unit of work count too (several users added at once).
        var pending = db.PortalUsers.Local.Where(u => u.IsActive && u.LicensePoolId is not null)
            .Where(u => db.Entry(u).State == EntityState.Added)
            .GroupBy(u => u.LicensePoolId!.Value).ToDictionary(g => g.Key, g => g.Count());
        var pools = await (
                from p in db.LicensePools.AsNoTracking()
                let used = db.PortalUsers.IgnoreQueryFilters().Count(u => u.LicensePoolId == p.Id && u.IsActive)
                orderby p.Edition
                select new { p.Id, p.Seats, Used = used })
            .ToListAsync(cancellationToken);
        var free = pools.FirstOrDefault(p => p.Seats - p.Used - pending.GetValueOrDefault(p.Id) > 0)
            ?? throw new DomainRuleException(
                "no_free_seat", "No partner-portal licence seat is free; deactivate a user or add seats to a licence pool.", isConflict: true);
        user.Activate(await db.LicensePools.SingleAsync(p => p.Id == free.Id, cancellationToken), now);
    }
}
