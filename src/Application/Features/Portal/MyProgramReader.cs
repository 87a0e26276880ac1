using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.Portal;

/// <summary>
/// Reads the caller's own program. Every query runs inside the partner scope: the database filters partnerships to
/// the caller's account.
/// </summary>
public sealed class MyProgramReader(IApplicationDbContext db, PartnershipReader reader, IEmployeeDirectory employees, TimeProvider clock)
{
    /// <summary>One phrase per obligation not met yet, worded by what it measures: "2 more leads", "14,000.00 more of won opportunities".</summary>
    public static IReadOnlyList<string> Missing(PartnershipDto partnership) =>
        partnership.NextLevelName is null
            ? []
            : [.. partnership.Obligations.Where(o => o.CurrentValue < o.TargetValue).Select(Phrase)];

    /// <summary>
    /// Section 6.1, what is missing in one sentence. When every obligation must be met in full (the target is all their
    /// points) it names the amounts; when partial credit can already be enough it says it in points.
    /// </summary>
    public static string? Summary(PartnershipDto partnership)
    {
        if (partnership.NextLevelName is not { } next)
        {
            return null;
        }

        if (partnership.ScoreLeft == 0)
        {
            return $"The target of {partnership.PartnerLevelName} is reached: the promotion to {next} follows at the next evaluation.";
        }

        var allNeeded = partnership.Obligations.Sum(o => o.MaxScore) <= partnership.TargetScore;
        if (allNeeded)
        {
            return $"{Join(Missing(partnership))} to reach {next}.";
        }

        var open = partnership.Obligations.Where(o => o.Score < o.MaxScore).Select(o => $"{o.CategoryName} {o.Score} of {o.MaxScore}");
        return $"{partnership.ScoreLeft} more points to reach {next}; every obligation earns points as it progresses ({string.Join(", ", open)}).";
    }

    private static string Phrase(ObligationDto o)
    {
        var left = o.TargetValue - o.CurrentValue;
        var count = left.ToString("#,##0", CultureInfo.InvariantCulture);
        var amount = left.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return o.Metric switch
        {
            _ when o.ValueType == ParameterValueType.Boolean => $"{o.CategoryName}",
            MetricCode.LeadsNumber => $"{count} more {(left == 1 ? "lead" : "leads")}",
            MetricCode.OpportunityAmount => $"{amount} more of won opportunities",
            MetricCode.TotalSales => $"{amount} more of confirmed orders",
            MetricCode.CertifiedExperts => $"{count} more certified {(left == 1 ? "expert" : "experts")}",
            MetricCode.MarketingActivities => $"{count} more approved marketing {(left == 1 ? "activity" : "activities")}",
            _ when o.ValueType == ParameterValueType.Decimal => $"{amount} more {o.CategoryName}",
            _ => $"{count} more {o.CategoryName}",
        };
    }

    private static string Join(IReadOnlyList<string> parts) =>
        parts.Count <= 1 ? string.Concat(parts) : $"{string.Join(", ", parts.Take(parts.Count - 1))} and {parts[^1]}";

    public async Task<Guid> ActivePartnershipIdAsync(CancellationToken cancellationToken) =>
        await db.Partnerships.Where(p => p.IsActive).Select(p => (Guid?)p.Id).FirstOrDefaultAsync(cancellationToken)
        ?? throw new DomainRuleException(ProblemCodes.NoActivePartnership, "Your organization has no active partner program yet.");

    public async Task<PartnerProgramDto> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var partnership = await reader.GetAsync(id, cancellationToken);
        var ownerId = await db.Accounts.Where(a => a.Id == partnership.AccountId).Select(a => a.OwnerId).FirstOrDefaultAsync(cancellationToken);
        var manager = ownerId is { } owner ? await employees.FindAsync(owner, cancellationToken) : null;
        return new PartnerProgramDto(
            partnership, Missing(partnership), Summary(partnership), await NextLevelBenefitsAsync(partnership, cancellationToken),
            manager is null ? null : new PartnerManagerDto(manager.DisplayName, manager.Email));
    }

    // What the next level of the type grants, as its template says today (section 6.1: shown next to what is missing).
    private async Task<IReadOnlyList<BenefitDto>> NextLevelBenefitsAsync(PartnershipDto partnership, CancellationToken cancellationToken)
    {
        if (partnership.NextLevelName is null)
        {
            return [];
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var number = await db.PartnerLevels.Where(l => l.Id == partnership.PartnerLevelId).Select(l => l.Number).SingleAsync(cancellationToken);
        var rows = await (
            from l in db.PartnerLevels.AsNoTracking()
            where l.PartnerTypeId == partnership.PartnerTypeId && l.Number > number
            orderby l.Number
            select l).Include(l => l.Parameters).FirstAsync(cancellationToken);
        var ids = rows.Parameters.Select(p => p.CategoryId).ToList();
        var categories = await db.ParameterCategories.AsNoTracking().Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        return [.. rows.EffectiveParameters(today).Where(p => p.Kind == ParameterKind.Benefit)
            .Select(p => new BenefitDto(p.Id, p.CategoryId, categories[p.CategoryId].Name, categories[p.CategoryId].Metric, p.Value.Type, p.Value.Display()))
            .OrderBy(b => b.CategoryName)];
    }

    /// <summary>The partner's timeline: readable events, no employee names, no internal rows (scores, roles, benefits).</summary>
    public async Task<Paged<ProgramEventDto>> HistoryAsync(Guid id, int page, int pageSize, CancellationToken cancellationToken) =>
        await reader.ProgramEventsAsync(id, page, pageSize, cancellationToken) ?? new Paged<ProgramEventDto>([], page, pageSize, 0);
}
