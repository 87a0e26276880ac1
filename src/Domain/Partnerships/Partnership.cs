using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Domain.Partnerships;

/// <summary>
/// The vendor-side record of the cooperation with one partner for one period: type, level, period and the level's
/// conditions copied as parameters. Every parameter change is written to <see cref="History"/>.
/// </summary>
public sealed class Partnership : AggregateRoot
{
    private readonly List<PartnershipParameter> _parameters = [];
    private readonly List<ParameterHistoryEntry> _history = [];
    private readonly List<PartnershipEvent> _events = [];
    private readonly List<TierDecision> _decisions = [];

    private Partnership()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public string Name { get; private set; }

    public Guid AccountId { get; private set; }

    public Guid PartnerTypeId { get; private set; }

    public Guid PartnerLevelId { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly DueDate { get; private set; }

    public bool IsActive { get; private set; }

    public int CurrentScore { get; private set; }

    /// <summary>The current level's target score, copied so lists can sort and filter by progress.</summary>
    public int TargetScore { get; private set; }

    public int ScoreLeft { get; private set; }

    /// <summary>
    /// When the partnership reached its current level: the period's start for its first level, then the moment of each
    /// promotion or override. With D2's reset the obligations count from here (the evaluation window, D3).
    /// </summary>
    public DateTime LevelSince { get; private set; }

    /// <summary>
    /// Section 6.2 and D4: at today's pace the partner would not meet, by the period's end, the obligations of the level
    /// below its own, so the renewal would propose a move down. Set by each evaluation.
    /// </summary>
    public bool AtRisk { get; private set; }

    /// <summary>When the partner was told it is at risk; it is told once per period.</summary>
    public DateTime? AtRiskNotifiedAt { get; private set; }

    /// <summary>
    /// Changes with every change of the partnership, its parameters or its history, so two concurrent writers cannot
    /// both save what they computed from the same state (the second gets a concurrency conflict).
    /// </summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<PartnershipParameter> Parameters => _parameters;

    /// <summary>History entries loaded with the aggregate; handlers load only the open ones.</summary>
    public IReadOnlyList<ParameterHistoryEntry> History => _history;

    /// <summary>Events added by this unit of work; handlers never load past ones (the log is append-only).</summary>
    public IReadOnlyList<PartnershipEvent> Events => _events;

    /// <summary>Tier decisions made by this unit of work; like events, past ones are never loaded for a change.</summary>
    public IReadOnlyList<TierDecision> Decisions => _decisions;

    /// <summary>
    /// D3: where the evaluation window starts: the later of the period's start and <see cref="LevelSince"/> when progress
    /// restarts on promotion (D2), else the period's start. It ends with the period's last day.
    /// </summary>
    public DateTime WindowStart(bool resetProgressOnPromotion)
    {
        var periodStart = StartDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        return resetProgressOnPromotion && LevelSince > periodStart ? LevelSince : periodStart;
    }

    /// <summary>The first moment after the period (its last day included).</summary>
    public DateTime WindowEnd => DueDate.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);

    /// <summary>D17: the default period runs from <paramref name="start"/> for one year.</summary>
    public static DateOnly DefaultDueDate(DateOnly start) => start.AddYears(1).AddDays(-1);

    public static Partnership Create(
        Account account,
        PartnerType partnerType,
        PartnerLevel level,
        string? name,
        DateOnly startDate,
        DateOnly dueDate,
        bool isActive,
        DateTime now,
        string? changedBy)
    {
        if (!account.IsPartner)
        {
            throw new DomainRuleException(ProblemCodes.AccountNotPartner, $"{account.Name} is not a partner account.");
        }

        var partnership = new Partnership
        {
            Id = Guid.CreateVersion7(),
            AccountId = account.Id,
            PartnerTypeId = partnerType.Id,
            IsActive = isActive,
        };
        partnership.Update(string.IsNullOrWhiteSpace(name) ? $"{account.Name} {startDate.Year}" : name, startDate, dueDate);
        partnership.LevelSince = startDate.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        partnership.ApplyLevel(level, DateOnly.FromDateTime(now));
        partnership.RecordHistory(now, changedBy);
        partnership._events.Add(new PartnershipEvent(partnership.Id, PartnershipEventKind.Created, now, changedBy) { ToLevelId = level.Id });
        partnership.RaiseLevelApplied();
        return partnership;
    }

    public void Update(string name, DateOnly startDate, DateOnly dueDate)
    {
        if (dueDate < startDate)
        {
            throw new DomainRuleException(ProblemCodes.PeriodInvalid, "The due date must not be before the start date.");
        }

        Name = Guard.Required(name, "Name", 250);
        StartDate = startDate;
        DueDate = dueDate;
        Touch();
    }

    /// <summary>
    /// A manager's explicit, reasoned override of the level (outside promotion, e.g. a contractual exception): benefits
    /// and targets are replaced by the new level's, reached values are kept for the categories the new level still
    /// measures, everything is re-scored, and the reason is written to the event log.
    /// </summary>
    public void OverrideLevel(PartnerLevel level, string reason, DateTime now, string? changedBy)
    {
        reason = Guard.Required(reason, "Reason", 500);
        if (level.Id == PartnerLevelId)
        {
            throw new DomainRuleException(ProblemCodes.LevelUnchanged, $"The partnership is already at level {level.Name}.");
        }

        var from = PartnerLevelId;
        var scoreBefore = CurrentScore;
        ApplyLevel(level, DateOnly.FromDateTime(now));
        LevelSince = now;
        RecordHistory(now, changedBy);
        _decisions.Add(new TierDecision(
            this, TierOutcome.LevelOverridden, from, scoreBefore, Lines(), new TierContext(TierTrigger.Override, null, now, changedBy),
            $"A manager set the level to {level.Name}: {reason}"));
        _events.Add(new PartnershipEvent(Id, PartnershipEventKind.LevelOverridden, now, changedBy) { FromLevelId = from, ToLevelId = level.Id, Reason = reason });
        RaiseLevelApplied();
    }

    /// <summary>
    /// W7 and D3: an evaluation. The obligations measured from the source records (<see cref="TierInputs.Measured"/>,
    /// counted in the evaluation window) replace their current values, except where a manager overrode one with a
    /// reason; everything is re-scored; then, while the score reaches the level's target and a next level exists, the
    /// partnership is promoted (multi-step). Nothing ever demotes here (D4). Each change writes a decision with its
    /// inputs and reason; returns them (none when nothing changed).
    /// </summary>
    public IReadOnlyList<TierDecision> Evaluate(TierInputs inputs, TierContext context)
    {
        var made = new List<TierDecision>();
        var scoreBefore = CurrentScore;
        var before = State();
        Measure(inputs);
        var changed = State() != before;
        if (changed)
        {
            RecordHistory(context.Now, context.ChangedBy);
        }

        while (NextLevel(inputs) is { } next && TierScoring.IsPromotionEligible(TargetScore, CurrentScore, hasNextLevel: true))
        {
            var from = inputs.Levels.Single(l => l.Id == PartnerLevelId);
            var reached = CurrentScore;
            var reachedLines = Lines(inputs);
            var stepScoreBefore = made.Count == 0 ? scoreBefore : reached;
            Promote(next, inputs.ResetProgressOnPromotion, context);
            if (!inputs.ResetProgressOnPromotion)
            {
                // The window stays the period: what was counted still counts, also for obligations new at this level.
                Measure(inputs);
                RecordHistory(context.Now, context.ChangedBy);
            }

            var reason = $"{Describe(reachedLines, inputs)}: {reached} of {from.TargetScore} points reached the target of {from.Name}, promoted to {next.Name}. "
                + (inputs.ResetProgressOnPromotion
                    ? "Obligations now count from the promotion on (D2)."
                    : "What was reached in the period still counts (the program keeps progress on promotion).");
            // Steps of one evaluation a microsecond apart (PostgreSQL keeps microseconds), so "newest first" lists them in
            // the order they were taken.
            made.Add(new TierDecision(
                this, TierOutcome.Promoted, from.Id, stepScoreBefore, reachedLines, context with { Now = context.Now.AddMicroseconds(made.Count) }, reason));
            Raise(new PartnershipPromoted(Id, AccountId, from.Name, next.Name, reason));
        }

        if (made.Count == 0 && changed && CurrentScore != scoreBefore)
        {
            var level = inputs.Levels.Single(l => l.Id == PartnerLevelId);
            var next = NextLevel(inputs);
            var reason = $"{Describe(Lines(inputs), inputs)}: {CurrentScore} of {TargetScore} points"
                + (next is null ? $"; {level.Name} is the top level." : $", {ScoreLeft} more to reach {next.Name}.");
            made.Add(new TierDecision(this, TierOutcome.ScoreChanged, PartnerLevelId, scoreBefore, Lines(inputs), context, reason));
        }

        AssessRisk(inputs, context);
        _decisions.AddRange(made);
        return made;
    }

    /// <summary>
    /// D4: the level for the next period. Kept when the period's records (those dated in the grace days after it
    /// included) meet the obligations of the level below this one, or when there is none; otherwise one level lower,
    /// but only once the grace period has passed.
    /// </summary>
    public RenewalProposal ProposeRenewal(TierInputs inputs, int graceDays)
    {
        var level = inputs.Levels.Single(l => l.Id == PartnerLevelId);
        var graceUntil = DueDate.AddDays(graceDays);
        var below = LevelBelow(inputs);
        if (below is null)
        {
            return new RenewalProposal(level.Id, level.Name, false, graceUntil, $"{level.Name} is the first level of its type: it is kept.");
        }

        var (score, text) = ScoreAt(below, inputs.PeriodMeasured, 1m, inputs);
        if (score >= below.TargetScore)
        {
            return new RenewalProposal(
                level.Id, level.Name, false, graceUntil, $"{text}: {score} of {below.TargetScore} points meet the obligations of {below.Name}, so {level.Name} is kept.");
        }

        var missed = $"{text}: {score} of {below.TargetScore} points miss the obligations of {below.Name}";
        return inputs.Today <= graceUntil
            ? new RenewalProposal(level.Id, level.Name, false, graceUntil, $"{missed}. The grace period runs until {graceUntil:yyyy-MM-dd}; {level.Name} is kept until then.")
            : new RenewalProposal(below.Id, below.Name, true, graceUntil, $"{missed}, and the grace period ended on {graceUntil:yyyy-MM-dd}: the level moves down to {below.Name}.");
    }

    /// <summary>
    /// D4 renewal: this partnership continues <paramref name="previous"/> into the next period. The decision keeps the
    /// proposal and, when the manager chose another level, the manager's reason.
    /// </summary>
    public void RecordRenewal(Partnership previous, RenewalProposal proposal, string levelName, string? overrideReason, TierContext context)
    {
        var reason = PartnerLevelId == proposal.LevelId
            ? $"Renewed at {levelName} as proposed. {proposal.Reason}"
            : $"Renewed at {levelName}; the proposal was {proposal.LevelName} ({proposal.Reason}). The manager's reason: {overrideReason}";
        _decisions.Add(new TierDecision(this, TierOutcome.Renewed, previous.PartnerLevelId, previous.CurrentScore, previous.Lines(), context, reason));
    }

    // Section 6.2: projects the period's records at today's rate to the period's end and scores them against the level
    // below; only once a quarter of the period has passed (before, a pace says little).
    private void AssessRisk(TierInputs inputs, TierContext context)
    {
        var atRisk = false;
        var explanation = string.Empty;
        var total = DueDate.DayNumber - StartDate.DayNumber + 1;
        var elapsed = inputs.Today.DayNumber - StartDate.DayNumber + 1;
        if (LevelBelow(inputs) is { TargetScore: > 0 } below && elapsed * 4 >= total && inputs.Today <= DueDate)
        {
            var (projected, text) = ScoreAt(below, inputs.PeriodMeasured, (decimal)total / elapsed, inputs);
            atRisk = projected < below.TargetScore;
            explanation = $"At today's pace the period ends with {text}: {projected} of the {below.TargetScore} points {below.Name} needs to keep the level at renewal.";
        }

        if (atRisk == AtRisk)
        {
            return;
        }

        AtRisk = atRisk;
        Touch();
        if (atRisk && AtRiskNotifiedAt is null)
        {
            AtRiskNotifiedAt = context.Now;
            Raise(new PartnershipAtRisk(Id, AccountId, inputs.Levels.Single(l => l.Id == PartnerLevelId).Name, explanation));
        }
    }

    private PartnerLevel? LevelBelow(TierInputs inputs)
    {
        var current = inputs.Levels.Single(l => l.Id == PartnerLevelId);
        return inputs.Levels.Where(l => l.PartnerTypeId == PartnerTypeId && l.Number < current.Number).MaxBy(l => l.Number);
    }

    // The score the period's values (times factor, for a projection) earn against another level's obligations; an
    // obligation the engine does not measure counts with this partnership's current value of the same category.
    private (int Score, string Text) ScoreAt(PartnerLevel level, IReadOnlyDictionary<Guid, decimal> values, decimal factor, TierInputs inputs)
    {
        var score = 0;
        var parts = new List<string>();
        foreach (var obligation in level.EffectiveParameters(inputs.Today).Where(p => p.Kind == ParameterKind.Obligation))
        {
            var value = values.TryGetValue(obligation.CategoryId, out var measured)
                ? measured * factor
                : _parameters.FirstOrDefault(p => p.IsCurrentObligation && p.CategoryId == obligation.CategoryId)?.Value.Numeric ?? 0m;
            var points = TierScoring.ObligationScore(obligation.Value.Numeric, obligation.Score, value);
            score += points;
            parts.Add($"{inputs.CategoryNames.GetValueOrDefault(obligation.CategoryId, "?")} {TierText.Amount(decimal.Round(value, 2))} of {TierText.Amount(obligation.Value.Numeric)} ({points} of {obligation.Score} points)");
        }

        return (score, string.Join("; ", parts));
    }

    // A promotion (W7 step 3): the next level's targets and benefits; with D2's reset the window moves to now and the
    // reached values restart from 0 (those before stay in the history).
    private void Promote(PartnerLevel nextLevel, bool resetProgress, TierContext context)
    {
        var from = PartnerLevelId;
        ApplyLevel(nextLevel, DateOnly.FromDateTime(context.Now));
        LevelSince = context.Now;
        if (resetProgress)
        {
            foreach (var current in _parameters.Where(p => p.IsCurrentObligation))
            {
                current.SetValue(ParameterValue.Zero(current.Value.Type));
                current.OverrideReason = null;
            }

            Rescore();
        }

        RecordHistory(context.Now, context.ChangedBy);
        _events.Add(new PartnershipEvent(Id, PartnershipEventKind.Promoted, context.Now, context.ChangedBy)
        {
            FromLevelId = from, ToLevelId = nextLevel.Id,
            Reason = resetProgress ? "Reached values restart at 0 (D2)." : "Reached values kept.",
        });
        RaiseLevelApplied();
    }

    private PartnerLevel? NextLevel(TierInputs inputs)
    {
        var current = inputs.Levels.SingleOrDefault(l => l.Id == PartnerLevelId)
            ?? throw new InvalidOperationException("The partnership's level must be among the levels evaluated.");
        return inputs.Levels.Where(l => l.PartnerTypeId == PartnerTypeId && l.Number > current.Number).MinBy(l => l.Number);
    }

    // Measured values replace the current ones of computed obligations (not overridden ones), then everything re-scores.
    private void Measure(TierInputs inputs)
    {
        foreach (var current in _parameters.Where(p => p.IsCurrentObligation && p.OverrideReason is null))
        {
            if (inputs.Measured.TryGetValue(current.CategoryId, out var measured)
                && ParameterValue.Measured(current.Value.Type, measured) is var value && value.Numeric != current.Value.Numeric)
            {
                current.SetValue(value);
            }
        }

        Rescore();
    }

    private List<TierDecisionLine> Lines(TierInputs? inputs = null) =>
    [
        .. _parameters.Where(p => p.IsCurrentObligation).Select(current =>
        {
            var target = _parameters.Single(p => p.Role == ParameterRole.Target && p.CategoryId == current.CategoryId);
            return new TierDecisionLine(
                current.CategoryId, current.Value.Numeric, target.Value.Numeric, current.Score, target.Score,
                inputs?.Measured.ContainsKey(current.CategoryId) == true, current.OverrideReason);
        }).OrderBy(l => l.CategoryId),
    ];

    private static string Describe(IEnumerable<TierDecisionLine> lines, TierInputs inputs) =>
        string.Join("; ", lines.Select(l =>
            $"{inputs.CategoryNames.GetValueOrDefault(l.CategoryId, "?")} {TierText.Amount(l.Value)} of {TierText.Amount(l.Target)} ({l.Points} of {l.MaxPoints} points)"
            + (l.OverrideReason is null ? string.Empty : " (overridden)")));

    /// <summary>
    /// D16: re-applies the current level's parameters as they are now (after an administrator edited them):
    /// targets, benefits and the target score are brought in line with the level, reached values are kept, everything is
    /// re-scored. Only what really changed is written to history (unchanged rows keep their open entry); returns
    /// whether anything changed.
    /// </summary>
    public bool ReapplyLevel(PartnerLevel level, DateTime now, string? changedBy)
    {
        if (level.Id != PartnerLevelId)
        {
            throw new DomainRuleException(ProblemCodes.LevelMismatch, "Only the partnership's own level can be re-applied.");
        }

        var before = State();
        ApplyLevel(level, DateOnly.FromDateTime(now));
        if (State() == before)
        {
            return false;
        }

        RecordHistory(now, changedBy);
        _events.Add(new PartnershipEvent(Id, PartnershipEventKind.LevelReapplied, now, changedBy) { FromLevelId = level.Id, ToLevelId = level.Id });
        RaiseLevelApplied();
        return true;
    }

    public void Activate(DateTime now, string? changedBy)
    {
        if (!IsActive)
        {
            _events.Add(new PartnershipEvent(Id, PartnershipEventKind.Activated, now, changedBy));
        }

        IsActive = true;
        Touch();
    }

    public void Deactivate(DateTime now, string? changedBy)
    {
        if (IsActive)
        {
            _events.Add(new PartnershipEvent(Id, PartnershipEventKind.Deactivated, now, changedBy));
        }

        IsActive = false;
        Touch();
    }

    /// <summary>
    /// Sets what the partner reached for one obligation and re-scores. A <paramref name="computed"/> obligation (one the
    /// tier engine measures, D3) is never typed in: it takes a value only as an override with a reason, which the engine
    /// then keeps until <see cref="RemoveOverride"/> (422 <c>metric_is_computed</c> without one).
    /// </summary>
    public void SetCurrentValue(Guid parameterId, ParameterValue value, bool computed, string? overrideReason, DateTime now, string? changedBy)
    {
        var parameter = _parameters.SingleOrDefault(p => p.Id == parameterId)
            ?? throw new DomainRuleException(ProblemCodes.ParameterNotFound, "The parameter does not belong to this partnership.");
        if (!parameter.IsCurrentObligation)
        {
            throw new DomainRuleException(
                ProblemCodes.ParameterNotEditable, "Only the current value of an obligation can be set; targets and benefits come from the level.");
        }

        var reason = Guard.Optional(overrideReason, "Override reason", 500);
        if (computed && reason is null)
        {
            throw new DomainRuleException(
                ProblemCodes.MetricIsComputed,
                "This obligation is counted from the partner's records by the tier engine. To type a value anyway, give the reason for the override.");
        }

        if (value.Type != parameter.Value.Type)
        {
            throw new DomainRuleException(ProblemCodes.ValueTypeMismatch, $"This parameter takes a value of type {parameter.Value.Type}.");
        }

        if (value.Numeric < 0)
        {
            throw new DomainRuleException(ProblemCodes.ValueNegative, "A reached value cannot be negative.");
        }

        var old = parameter.Value;
        var scoreBefore = CurrentScore;
        parameter.SetValue(value);
        parameter.OverrideReason = computed ? reason : null;
        Rescore();
        RecordHistory(now, changedBy);
        if (CurrentScore != scoreBefore)
        {
            // Section 6.1: a score changed by hand is a decision too, with who typed what and why.
            _decisions.Add(new TierDecision(
                this, TierOutcome.ScoreChanged, PartnerLevelId, scoreBefore, Lines(),
                new TierContext(computed ? TierTrigger.Override : TierTrigger.OnDemand, computed ? "Value overridden" : "Value edited", now, changedBy),
                computed
                    ? $"A measured value was typed by hand ({old.Display()} → {value.Display()}): {reason}. {CurrentScore} of {TargetScore} points."
                    : $"A value was entered ({old.Display()} → {value.Display()}). {CurrentScore} of {TargetScore} points."));
        }
        if (old != value || computed)
        {
            _events.Add(new PartnershipEvent(Id, PartnershipEventKind.ValueChanged, now, changedBy)
            {
                CategoryId = parameter.CategoryId, OldValue = old.Display(), NewValue = value.Display(),
                Reason = computed ? $"Override: {reason}" : null,
            });
        }
    }

    /// <summary>Hands a computed obligation back to the tier engine (the next evaluation measures it again).</summary>
    public void RemoveOverride(Guid parameterId, DateTime now, string? changedBy)
    {
        var parameter = _parameters.SingleOrDefault(p => p.Id == parameterId && p.IsCurrentObligation)
            ?? throw new DomainRuleException(ProblemCodes.ParameterNotFound, "The parameter is not an obligation of this partnership.");
        if (parameter.OverrideReason is null)
        {
            throw new DomainRuleException(ProblemCodes.NotOverridden, "This value is not overridden.");
        }

        parameter.OverrideReason = null;
        Touch();
        _events.Add(new PartnershipEvent(Id, PartnershipEventKind.ValueChanged, now, changedBy)
        {
            CategoryId = parameter.CategoryId, OldValue = parameter.Value.Display(), NewValue = parameter.Value.Display(),
            Reason = "Override removed: the tier engine measures the value again.",
        });
    }

    /// <summary>
    /// Issue 10: a free-text Price list benefit row becomes a reference to a price list (or, unmatched, keeps its text
    /// without one). The history closes the text entry and opens the new one, and the event log says what the text was.
    /// </summary>
    public void ConvertPriceListBenefit(Guid parameterId, ParameterValue value, DateTime now, string? changedBy)
    {
        var parameter = _parameters.SingleOrDefault(p => p.Id == parameterId)
            ?? throw new DomainRuleException(ProblemCodes.ParameterNotFound, "The parameter does not belong to this partnership.");
        var old = parameter.Value;
        parameter.ReplacePriceListValue(value);
        RecordHistory(now, changedBy);
        if (old.Display() != value.Display())
        {
            _events.Add(new PartnershipEvent(Id, PartnershipEventKind.ValueChanged, now, changedBy)
            {
                CategoryId = parameter.CategoryId, OldValue = old.Display(), NewValue = value.Display(),
                Reason = "The Price list benefit now references a price list (issue 10); the old text is kept here.",
            });
        }
    }

    // Brings the rows in line with the level: rows of the same category, kind and role are updated in place (so an
    // unchanged row keeps its identity and its open history entry), missing ones are added, the rest removed.
    private void ApplyLevel(PartnerLevel level, DateOnly today)
    {
        if (level.PartnerTypeId != PartnerTypeId)
        {
            throw new DomainRuleException(ProblemCodes.LevelTypeMismatch, $"Level {level.Name} belongs to another partner type.");
        }

        var keep = new HashSet<PartnershipParameter>();
        PartnershipParameter Upsert(Guid categoryId, ParameterKind kind, ParameterRole role, ParameterValue value, int score)
        {
            var row = _parameters.FirstOrDefault(p => p.CategoryId == categoryId && p.Kind == kind && p.Role == role && !keep.Contains(p));
            if (row is null)
            {
                row = new PartnershipParameter(Id, categoryId, kind, role, value, score);
                _parameters.Add(row);
            }
            else
            {
                row.SetValue(value);
                row.Score = score;
            }

            keep.Add(row);
            return row;
        }

        foreach (var template in level.EffectiveParameters(today))
        {
            if (template.Kind == ParameterKind.Benefit)
            {
                Upsert(template.CategoryId, ParameterKind.Benefit, ParameterRole.Current, template.Value, 0);
                continue;
            }

            Upsert(template.CategoryId, ParameterKind.Obligation, ParameterRole.Target, template.Value, template.Score);
            var current = _parameters.FirstOrDefault(p => p.IsCurrentObligation && p.CategoryId == template.CategoryId);
            if (current is null)
            {
                current = new PartnershipParameter(
                    Id, template.CategoryId, ParameterKind.Obligation, ParameterRole.Current, ParameterValue.Zero(template.Value.Type), 0);
                _parameters.Add(current);
            }
            else if (current.Value.Type != template.Value.Type)
            {
                current.SetValue(ParameterValue.Zero(template.Value.Type));
            }

            keep.Add(current);
        }

        _parameters.RemoveAll(p => !keep.Contains(p));
        PartnerLevelId = level.Id;
        TargetScore = level.TargetScore;
        Rescore();
    }

    // What a re-apply or an evaluation can change: the target score and every row's category, kind, role, value and
    // score. Numbers compare by value (100000.00 measured equals 100000.0000 read back from the database).
    private string State() =>
        $"{TargetScore}|{CurrentScore}|" + string.Join(';', _parameters
            .OrderBy(p => p.CategoryId).ThenBy(p => p.Kind).ThenBy(p => p.Role)
            .Select(p => $"{p.CategoryId}/{p.Kind}/{p.Role}/{p.Value.Type}:{p.Value.Number?.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture)}:{p.Value.Text}:{p.Value.Flag}:{p.Value.PriceListId}/{p.Score}"));

    private void Touch() => Version = Guid.NewGuid();

    // The partnership's own benefit rows after a level change (its copy, never the level template: D16).
    private void RaiseLevelApplied() =>
        Raise(new PartnershipLevelApplied(Id, AccountId, [.. _parameters.Where(p => p.Kind == ParameterKind.Benefit).Select(p => p.CategoryId).Distinct()]));

    private void Rescore()
    {
        var total = 0;
        foreach (var current in _parameters.Where(p => p.IsCurrentObligation))
        {
            var target = _parameters.Single(p => p.Role == ParameterRole.Target && p.CategoryId == current.CategoryId);
            current.Score = TierScoring.ObligationScore(target.Value.Numeric, target.Score, current.Value.Numeric);
            total += current.Score;
        }

        CurrentScore = total;
        ScoreLeft = TierScoring.ScoreLeft(TargetScore, CurrentScore);
    }

    // One mechanism for the parameter history: any row whose value or score differs from its open entry gets a
    // new entry, the old one is closed; rows that disappeared have their entry closed.
    private void RecordHistory(DateTime now, string? changedBy)
    {
        Touch();
        foreach (var open in _history.Where(h => h.ValidTo is null).ToList())
        {
            var parameter = _parameters.SingleOrDefault(p => p.Id == open.ParameterId);
            if (parameter is null || !open.Matches(parameter))
            {
                open.Close(now);
            }
        }

        foreach (var parameter in _parameters)
        {
            if (!_history.Any(h => h.ValidTo is null && h.ParameterId == parameter.Id))
            {
                _history.Add(new ParameterHistoryEntry(parameter, now, changedBy));
            }
        }
    }
}
