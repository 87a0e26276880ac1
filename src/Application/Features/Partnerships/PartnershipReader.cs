using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships;

/// <summary>
/// Reads partnerships as DTOs with set-based queries. Shared by the back-office and the portal: for a portal user
/// the partner scope's query filters apply, so a partnership of another partner reads as absent.
/// </summary>
public sealed class PartnershipReader(IApplicationDbContext db)
{
    /// <summary>The partnership page, or null when the partnership is not there (or not visible to the caller).</summary>
    public async Task<PartnershipDto?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var summary = await Project(Rows().Where(r => r.P.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var parameters = await (
            from p in db.PartnershipParameters.AsNoTracking().Where(p => p.PartnershipId == id)
            join c in db.ParameterCategories on p.CategoryId equals c.Id
            orderby c.Name
            select new { p.Id, p.CategoryId, CategoryName = c.Name, c.Metric, p.Kind, p.Role, p.ValueType, p.NumberValue, p.TextValue, p.BoolValue, p.Score })
            .ToListAsync(cancellationToken);
        var nextLevelName = await db.PartnerLevels.AsNoTracking()
            .Where(l => l.PartnerTypeId == summary.PartnerTypeId && l.Number > db.PartnerLevels.Where(x => x.Id == summary.PartnerLevelId).Select(x => x.Number).First())
            .OrderBy(l => l.Number).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);

        var obligations =
            from current in parameters.Where(p => p.Kind == ParameterKind.Obligation && p.Role == ParameterRole.Current)
            join target in parameters.Where(p => p.Kind == ParameterKind.Obligation && p.Role == ParameterRole.Target) on current.CategoryId equals target.CategoryId
            select new ObligationDto(
                current.CategoryId, current.CategoryName, current.Metric, current.Id, current.ValueType,
                ParameterValue.Of(target.ValueType, target.NumberValue, target.TextValue, target.BoolValue).Numeric,
                ParameterValue.Of(current.ValueType, current.NumberValue, current.TextValue, current.BoolValue).Numeric,
                target.Score, current.Score);
        var benefits = parameters.Where(p => p.Kind == ParameterKind.Benefit).Select(p => new BenefitDto(
            p.Id, p.CategoryId, p.CategoryName, p.Metric, p.ValueType, ParameterValue.Of(p.ValueType, p.NumberValue, p.TextValue, p.BoolValue).Display()));

        return new PartnershipDto(
            summary,
            TierScoring.IsPromotionEligible(summary.TargetScore, summary.CurrentScore, nextLevelName is not null),
            nextLevelName,
            [.. obligations],
            [.. benefits]);
    }

    /// <summary>The parameter history, newest first, or null when the partnership is not there (or not visible).</summary>
    public async Task<IReadOnlyList<ParameterHistoryDto>?> HistoryAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await db.Partnerships.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return null;
        }

        return await (
            from h in db.ParameterHistory.AsNoTracking().Where(h => h.PartnershipId == id)
            join c in db.ParameterCategories on h.CategoryId equals c.Id
            orderby h.ValidFrom descending, c.Name, h.Role
            select new ParameterHistoryDto(
                h.Id, h.ParameterId, c.Name, h.Kind, h.Role, ParameterValue.Of(h.ValueType, h.NumberValue, h.TextValue, h.BoolValue).Display(),
                h.Score, h.ValidFrom, h.ValidTo, h.ChangedBy))
            .ToListAsync(cancellationToken);
    }

    internal IQueryable<Row> Rows() =>
        from p in db.Partnerships.AsNoTracking()
        join a in db.Accounts on p.AccountId equals a.Id
        join t in db.PartnerTypes on p.PartnerTypeId equals t.Id
        join l in db.PartnerLevels on p.PartnerLevelId equals l.Id
        select new Row { P = p, A = a, T = t, L = l };

    internal IQueryable<PartnershipListItemDto> Project(IQueryable<Row> rows) =>
        rows.Select(r => new PartnershipListItemDto(
            r.P.Id, r.P.Name, r.A.Id, r.A.Name, r.T.Id, r.T.Name, r.L.Id, r.L.Name,
            db.PartnerLevels.Count(x => x.PartnerTypeId == r.P.PartnerTypeId && x.Number <= r.L.Number),
            db.PartnerLevels.Count(x => x.PartnerTypeId == r.P.PartnerTypeId),
            r.P.StartDate, r.P.DueDate, r.P.IsActive, r.P.CurrentScore, r.P.TargetScore, r.P.ScoreLeft));

    internal sealed class Row
    {
        public required Partnership P { get; init; }

        public required Account A { get; init; }

        public required PartnerType T { get; init; }

        public required PartnerLevel L { get; init; }
    }
}
