using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.Tiers;

public sealed record TierDecisionLineDto(Guid CategoryId, string CategoryName, decimal Value, decimal Target, int Points, int MaxPoints, bool Computed, string? OverrideReason);

/// <summary>A tier decision as both pages show it: trigger, result, reason, and the obligations it was made on.</summary>
public sealed record TierDecisionDto(
    Guid Id, DateTime At, TierTrigger Trigger, string? TriggerDetail, TierOutcome Outcome, string FromLevelName, string ToLevelName,
    int ScoreBefore, int Score, int TargetScore, string Reason, IReadOnlyList<TierDecisionLineDto> Lines, string? By);

/// <summary>
/// Reads a partnership's tier decisions, newest first. Inside the partner scope (the portal) the query filter shows a
/// partner only its own, and the employee who acted is left out.
/// </summary>
public sealed class TierDecisionReader(IApplicationDbContext db)
{
    public async Task<Paged<TierDecisionDto>?> ListAsync(Guid partnershipId, bool forPartner, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!await db.Partnerships.AnyAsync(p => p.Id == partnershipId, cancellationToken))
        {
            return null;
        }

        var rows = await (
            from d in db.TierDecisions.AsNoTracking().Where(d => d.PartnershipId == partnershipId)
            orderby d.At descending, d.Id descending
            select new
            {
                Decision = d,
                From = db.PartnerLevels.Where(l => l.Id == d.FromLevelId).Select(l => l.Name).FirstOrDefault(),
                To = db.PartnerLevels.Where(l => l.Id == d.ToLevelId).Select(l => l.Name).FirstOrDefault(),
            })
            .ToPagedAsync(page, pageSize, cancellationToken);
        var categoryIds = rows.Items.SelectMany(r => r.Decision.Lines).Select(l => l.CategoryId).Distinct().ToList();
        var names = await db.ParameterCategories.AsNoTracking().Where(c => categoryIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        return new Paged<TierDecisionDto>(
            [.. rows.Items.Select(r => new TierDecisionDto(
                r.Decision.Id, r.Decision.At, r.Decision.Trigger, r.Decision.TriggerDetail, r.Decision.Outcome, r.From ?? string.Empty, r.To ?? string.Empty,
                r.Decision.ScoreBefore, r.Decision.Score, r.Decision.TargetScore, r.Decision.Reason,
                [.. r.Decision.Lines.Select(l => new TierDecisionLineDto(
                    l.CategoryId, names.GetValueOrDefault(l.CategoryId, string.Empty), l.Value, l.Target, l.Points, l.MaxPoints, l.Computed, l.OverrideReason))],
                forPartner ? null : r.Decision.By))],
            rows.Page, rows.PageSize, rows.TotalCount);
    }
}
