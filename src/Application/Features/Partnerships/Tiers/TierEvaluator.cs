using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Persistence;
using PartnerPortal.Application.Features.ProgramSettings;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;
using Settings = PartnerPortal.Domain.PartnerProgram.ProgramSettings;

namespace PartnerPortal.Application.Features.Partnerships.Tiers;

/// <summary>What a run of the tier engine did.</summary>
public sealed record TierRun(int Evaluated, int ScoresChanged, int Promotions, int AtRisk)
{
    public static readonly TierRun None = new(0, 0, 0, 0);

    public TierRun Add(TierRun other) =>
        new(Evaluated + other.Evaluated, ScoresChanged + other.ScoresChanged, Promotions + other.Promotions, AtRisk + other.AtRisk);

    public override string ToString() => $"{Evaluated} evaluated, {ScoresChanged} score(s) changed, {Promotions} promotion(s), {AtRisk} at risk";
}

/// <summary>
/// W7, the tier engine: evaluates batches of partnerships. For a batch it loads the partnerships, measures every metric
/// once for all of them (<see cref="TierMetrics"/>), lets each partnership re-score, promote (multi-step) and assess its
/// pace, and saves everything in one unit of work, retried from fresh data when a concurrent change won the race.
/// The same path serves events (through the outbox), the nightly job, the on-demand button and a level's publishing.
/// </summary>
public sealed class TierEvaluator(IApplicationDbContext db, TierMetrics metrics, ProgramSettingsStore settings, TimeProvider clock)
{
    public const int BatchSize = 1000;

    /// <summary>
    /// Evaluates the partnerships <paramref name="select"/> picks (one batch) and saves. Most evaluations change nothing,
    /// so each partnership is first evaluated on an untracked copy (with its parameters only); only those that change are
    /// loaded for the change, with their open history, and evaluated again on the same measurements.
    /// </summary>
    public Task<TierRun> EvaluateAsync(Func<IQueryable<Partnership>, IQueryable<Partnership>> select, TierContext context, CancellationToken cancellationToken) =>
        ConcurrencyRetry.RunAsync(db, PartnershipLoader.MaxAttempts, async () =>
        {
            var program = await settings.GetAsync(cancellationToken);
            var batch = select(db.Partnerships);
            var probes = await batch.AsNoTracking().Include(p => p.Parameters).AsSplitQuery().ToListAsync(cancellationToken);
            if (probes.Count == 0)
            {
                return TierRun.None;
            }

            var inputs = await InputsAsync(batch, probes, program, 0, cancellationToken);
            var changed = probes.Where(p =>
            {
                var version = p.Version;
                p.Evaluate(inputs(p), context);
                return p.Version != version;
            }).Select(p => p.Id).ToList();
            var atRisk = probes.Count(p => p.AtRisk);
            if (changed.Count == 0)
            {
                return new TierRun(probes.Count, 0, 0, atRisk);
            }

            var loaded = await db.Partnerships.Where(p => changed.Contains(p.Id))
                .Include(p => p.Parameters).Include(p => p.History.Where(h => h.ValidTo == null)).AsSplitQuery().ToListAsync(cancellationToken);
            var decisions = loaded.SelectMany(p => p.Evaluate(inputs(p), context)).ToList();
            await db.SaveChangesAsync(cancellationToken);
            return new TierRun(
                probes.Count, decisions.Count(d => d.Outcome == TierOutcome.ScoreChanged), decisions.Count(d => d.Outcome == TierOutcome.Promoted), atRisk);
        }, cancellationToken);

    /// <summary>The nightly run: every active partnership, in batches of <see cref="BatchSize"/>, each saved on its own.</summary>
    public async Task<TierRun> EvaluateAllActiveAsync(TierContext context, CancellationToken cancellationToken)
    {
        var ids = await db.Partnerships.AsNoTracking().Where(p => p.IsActive).OrderBy(p => p.Id).Select(p => p.Id).ToListAsync(cancellationToken);
        var run = TierRun.None;
        foreach (var chunk in ids.Chunk(BatchSize))
        {
            run = run.Add(await EvaluateAsync(q => q.Where(p => chunk.Contains(p.Id)), context, cancellationToken));
            db.ChangeTracker.Clear();
        }

        return run;
    }

    /// <summary>The partner's active partnership, after a change of a record its metrics count.</summary>
    public Task<TierRun> EvaluateAccountAsync(Guid accountId, TierContext context, CancellationToken cancellationToken) =>
        EvaluateAsync(q => q.Where(p => p.AccountId == accountId && p.IsActive), context, cancellationToken);

    /// <summary>
    /// What the partnerships of <paramref name="batch"/> (already <paramref name="loaded"/>) are evaluated against: their
    /// levels, the category names and the metrics measured for all of them at once (the period extended by
    /// <paramref name="extraDays"/> for a renewal's grace).
    /// </summary>
    public async Task<Func<Partnership, TierInputs>> InputsAsync(
        IQueryable<Partnership> batch, IReadOnlyCollection<Partnership> loaded, Settings program, int extraDays, CancellationToken cancellationToken)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var typeIds = loaded.Select(p => p.PartnerTypeId).Distinct().ToList();
        var levels = await db.PartnerLevels.AsNoTracking().Include(l => l.Parameters).Where(l => typeIds.Contains(l.PartnerTypeId)).ToListAsync(cancellationToken);
        var categories = await db.ParameterCategories.AsNoTracking().ToListAsync(cancellationToken);
        var computed = categories.Where(c => c.IsComputed).ToList();
        var obligationCategories = levels.SelectMany(l => l.Parameters).Where(p => p.Kind == ParameterKind.Obligation).Select(p => p.CategoryId).ToHashSet();
        var used = computed.Where(c => obligationCategories.Contains(c.Id)).Select(c => c.Metric).ToHashSet();
        var measured = used.Count == 0
            ? new Dictionary<Guid, IReadOnlyDictionary<MetricCode, Measurement>>()
            : await metrics.MeasureAsync(batch, used, program.ResetProgressOnPromotion, extraDays, today, cancellationToken);
        var names = categories.ToDictionary(c => c.Id, c => c.Name);
        var byType = levels.GroupBy(l => l.PartnerTypeId).ToDictionary(g => g.Key, g => (IReadOnlyList<PartnerLevel>)[.. g.OrderBy(l => l.Number)]);
        return partnership =>
        {
            var values = measured.GetValueOrDefault(partnership.Id);
            Measurement Of(MetricCode metric) => values is not null && values.TryGetValue(metric, out var m) ? m : default;
            return new TierInputs(
                computed.ToDictionary(c => c.Id, c => Of(c.Metric).Window),
                computed.ToDictionary(c => c.Id, c => Of(c.Metric).Period),
                byType[partnership.PartnerTypeId], names, program.ResetProgressOnPromotion, today);
        };
    }
}
