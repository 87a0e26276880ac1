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
    /// Changes with every change of the partnership, its parameters or its history, so two concurrent writers cannot
    /// both save what they computed from the same state (the second gets a concurrency conflict).
    /// </summary>
    public Guid Version { get; private set; }

    public IReadOnlyList<PartnershipParameter> Parameters => _parameters;

    /// <summary>History entries loaded with the aggregate; handlers load only the open ones.</summary>
    public IReadOnlyList<ParameterHistoryEntry> History => _history;

    /// <summary>Events added by this unit of work; handlers never load past ones (the log is append-only).</summary>
    public IReadOnlyList<PartnershipEvent> Events => _events;

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
        ApplyLevel(level, DateOnly.FromDateTime(now));
        RecordHistory(now, changedBy);
        _events.Add(new PartnershipEvent(Id, PartnershipEventKind.LevelOverridden, now, changedBy) { FromLevelId = from, ToLevelId = level.Id, Reason = reason });
        RaiseLevelApplied();
    }

    /// <summary>
    /// W7: moves an eligible partnership up to <paramref name="nextLevel"/> (the next level of its type). With
    /// <paramref name="resetProgress"/> (D2, the default) the reached values restart from zero; the values before the
    /// promotion stay in the history.
    /// </summary>
    public void Promote(PartnerLevel nextLevel, bool resetProgress, DateTime now, string? changedBy)
    {
        if (!TierScoring.IsPromotionEligible(TargetScore, CurrentScore, hasNextLevel: true))
        {
            throw new DomainRuleException(
                ProblemCodes.NotEligibleForPromotion, $"{CurrentScore} of {TargetScore} points: the target of the current level is not reached yet.");
        }

        if (nextLevel.PartnerTypeId != PartnerTypeId)
        {
            throw new DomainRuleException(ProblemCodes.LevelTypeMismatch, $"Level {nextLevel.Name} belongs to another partner type.");
        }

        var from = PartnerLevelId;
        ApplyLevel(nextLevel, DateOnly.FromDateTime(now));
        if (resetProgress)
        {
            foreach (var current in _parameters.Where(p => p.IsCurrentObligation))
            {
                current.SetValue(ParameterValue.Zero(current.Value.Type));
            }

            Rescore();
        }

        RecordHistory(now, changedBy);
        _events.Add(new PartnershipEvent(Id, PartnershipEventKind.Promoted, now, changedBy)
        {
            FromLevelId = from, ToLevelId = nextLevel.Id, Reason = resetProgress ? "Reached values restart at 0 (D2)." : "Reached values kept.",
        });
        RaiseLevelApplied();
    }

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

    /// <summary>Sets what the partner reached for one obligation and re-scores.</summary>
    public void SetCurrentValue(Guid parameterId, ParameterValue value, DateTime now, string? changedBy)
    {
        var parameter = _parameters.SingleOrDefault(p => p.Id == parameterId)
            ?? throw new DomainRuleException(ProblemCodes.ParameterNotFound, "The parameter does not belong to this partnership.");
        if (!parameter.IsCurrentObligation)
        {
            throw new DomainRuleException(
                ProblemCodes.ParameterNotEditable, "Only the current value of an obligation can be set; targets and benefits come from the level.");
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
        parameter.SetValue(value);
        Rescore();
        RecordHistory(now, changedBy);
        if (old != value)
        {
            _events.Add(new PartnershipEvent(Id, PartnershipEventKind.ValueChanged, now, changedBy)
            {
                CategoryId = parameter.CategoryId, OldValue = old.Display(), NewValue = value.Display(),
            });
        }
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

    // What a re-apply can change: the target score and every row's category, kind, role, value and score.
    private string State() =>
        $"{TargetScore}|{CurrentScore}|" + string.Join(';', _parameters
            .OrderBy(p => p.CategoryId).ThenBy(p => p.Kind).ThenBy(p => p.Role)
            .Select(p => $"{p.CategoryId}/{p.Kind}/{p.Role}/{p.Value}/{p.Score}"));

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
