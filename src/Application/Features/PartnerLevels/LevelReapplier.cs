using System.Globalization;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Features.Partnerships.Tiers;
using PartnerPortal.Application.Features.ProgramSettings;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.PartnerLevels;

/// <summary>
/// D16: re-applying a level, shared by its preview (nothing saved) and the real run, so both show the same changes.
/// Only active partnerships whose period has not ended are touched (inactive and past ones keep the terms they had);
/// a partnership is changed, and history written, only where something really differs, the target score included.
/// </summary>
public sealed class LevelReapplier(IApplicationDbContext db, ICurrentUser user, TimeProvider clock, TierEvaluator evaluator, ProgramSettingsStore settings)
{
    /// <summary>Re-applies the level's current parameters to its partnerships; saves only when <paramref name="save"/> is true.</summary>
    public async Task<LevelReapplyDto> RunAsync(Guid levelId, bool save, CancellationToken cancellationToken)
    {
        var level = await db.PartnerLevels.AsNoTracking().Include(l => l.Parameters).Where(l => l.Id == levelId)
            .FirstOr404Async("Partner level", levelId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var today = DateOnly.FromDateTime(now);
        var batch = db.Partnerships.Where(p => p.PartnerLevelId == levelId && p.IsActive && p.DueDate >= today);
        var partnerships = batch.Include(p => p.Parameters).Include(p => p.History.Where(h => h.ValidTo == null));

        // A preview works on untracked copies: the same domain methods run (re-apply, then the tier engine's evaluation),
        // so the preview is exactly what publishing does, and nothing can be saved by accident.
        var loaded = await (save ? partnerships : partnerships.AsNoTracking()).ToListAsync(cancellationToken);
        var program = await settings.GetAsync(cancellationToken);
        var inputs = loaded.Count == 0 ? null : await evaluator.InputsAsync(batch, loaded, program, 0, cancellationToken);
        var levelNames = await db.PartnerLevels.AsNoTracking().Where(l => l.PartnerTypeId == level.PartnerTypeId)
            .ToDictionaryAsync(l => l.Id, l => l.Name, cancellationToken);
        var context = new TierContext(TierTrigger.Publish, $"Terms of {level.Name} published", now, user.DisplayName);
        var categories = await db.ParameterCategories.AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
        var accounts = await db.Accounts.AsNoTracking().Where(a => loaded.Select(p => p.AccountId).Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.Name, cancellationToken);

        var changed = new List<PartnershipReapplyDto>();
        foreach (var partnership in loaded)
        {
            var before = Snapshot(partnership, categories);
            var scoreBefore = partnership.CurrentScore;
            var targetBefore = partnership.TargetScore;
            var leftBefore = partnership.ScoreLeft;
            if (!partnership.ReapplyLevel(level, now, user.DisplayName))
            {
                continue;
            }

            // The terms' changes (the level's own, before any promotion), then the engine's evaluation on them.
            var changes = Describe(before, Snapshot(partnership, categories));
            var targetAfter = partnership.TargetScore;
            if (targetBefore != targetAfter)
            {
                changes.Insert(0, $"Target score: {targetBefore.ToString(CultureInfo.InvariantCulture)} → {targetAfter.ToString(CultureInfo.InvariantCulture)}");
            }

            var decisions = partnership.Evaluate(inputs!(partnership), context);
            var promoted = partnership.PartnerLevelId != level.Id;
            var effect = promoted ? ReapplyEffect.Promoted
                : partnership.ScoreLeft < leftBefore ? ReapplyEffect.Closer
                : partnership.ScoreLeft > leftBefore ? ReapplyEffect.Further
                : ReapplyEffect.Unchanged;
            var levelAfter = promoted ? levelNames[partnership.PartnerLevelId] : level.Name;
            changed.Add(new PartnershipReapplyDto(
                partnership.Id, partnership.Name, accounts.GetValueOrDefault(partnership.AccountId, string.Empty), scoreBefore, partnership.CurrentScore,
                targetBefore, targetAfter, levelAfter, effect, changes, [.. decisions.Select(d => d.Reason)]));
        }

        if (save)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        return new LevelReapplyDto(level.Id, level.Name, loaded.Count, [.. changed.OrderBy(c => c.AccountName)]);
    }

    private static Dictionary<string, string> Snapshot(Partnership partnership, IReadOnlyDictionary<Guid, string> categories) =>
        partnership.Parameters
            .Where(p => p.Role == ParameterRole.Target || p.Kind == ParameterKind.Benefit)
            .ToDictionary(
                p => $"{categories.GetValueOrDefault(p.CategoryId, "?")} ({(p.Kind == ParameterKind.Benefit ? "benefit" : "target")})",
                p => p.Kind == ParameterKind.Obligation
                    ? $"{p.Value.Display()} for {p.Score.ToString(CultureInfo.InvariantCulture)} points"
                    : p.Value.Display());

    private static List<string> Describe(Dictionary<string, string> before, Dictionary<string, string> after)
    {
        var changes = new List<string>();
        foreach (var (key, value) in after.OrderBy(a => a.Key))
        {
            if (!before.TryGetValue(key, out var old))
            {
                changes.Add($"{key}: added, {value}");
            }
            else if (old != value)
            {
                changes.Add($"{key}: {old} → {value}");
            }
        }

        changes.AddRange(before.Keys.Except(after.Keys).Order().Select(key => $"{key}: removed"));
        return changes;
    }
}
