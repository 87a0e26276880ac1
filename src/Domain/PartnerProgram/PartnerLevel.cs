using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.PartnerProgram;

/// <summary>
/// "Level of partner": a tier inside a partner type, ordered by <see cref="Number"/> (1 = lowest).
/// Its obligations and <see cref="TargetScore"/> are what a partner must reach to leave it for the next level (D1).
/// </summary>
public sealed class PartnerLevel
{
    private readonly List<LevelParameter> _parameters = [];

    private PartnerLevel()
    {
        Name = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PartnerTypeId { get; private set; }

    public string Name { get; private set; }

    /// <summary>The name as compared for uniqueness within the type (<see cref="NameKey"/>).</summary>
    public string NormalizedName { get; private set; } = string.Empty;

    public string? Description { get; private set; }

    public int Number { get; private set; }

    public int TargetScore { get; private set; }

    public IReadOnlyList<LevelParameter> Parameters => _parameters;

    /// <summary>
    /// Adds a level on top of the <paramref name="levelCount"/> levels its type has: levels are numbered 1..N without
    /// gaps, so the new one is number N+1 (the default); a higher number is refused (<c>level_number_gap</c>).
    /// </summary>
    public static PartnerLevel Create(Guid partnerTypeId, string name, string? description, int? number, int targetScore, int levelCount)
    {
        var next = levelCount + 1;
        if (number < 1)
        {
            throw new DomainRuleException(ProblemCodes.LevelNumberInvalid, "The level number must be 1 or more.");
        }

        if (number > next)
        {
            throw new DomainRuleException(
                ProblemCodes.LevelNumberGap, $"Levels are numbered 1 to N without gaps: this type has {levelCount}, so the new level is number {next}.");
        }

        var level = new PartnerLevel { Id = Guid.CreateVersion7(), PartnerTypeId = partnerTypeId, Number = number ?? next };
        level.Set(name, description, targetScore);
        return level;
    }

    /// <summary>
    /// Renames and sets the target. The number stays (levels keep 1..N without gaps; <c>level_number_fixed</c>
    /// otherwise). Unless this is the top level of its type (<paramref name="isTopLevel"/>, no target requirement, D1), a
    /// changed target must be reachable with the level's obligations (<c>level_target_unreachable</c>).
    /// </summary>
    public void Update(string name, string? description, int? number, int targetScore, bool isTopLevel, DateOnly today)
    {
        if (number is { } n && n != Number)
        {
            throw new DomainRuleException(
                ProblemCodes.LevelNumberFixed, $"Levels keep their numbers 1 to N without gaps; {Name} stays number {Number}.");
        }

        if (!isTopLevel && targetScore != TargetScore && targetScore > ReachableScore(today))
        {
            throw new DomainRuleException(
                ProblemCodes.LevelTargetUnreachable,
                $"A target of {targetScore} points can never be reached: the obligations of {Name} are worth {ReachableScore(today)} points.");
        }

        Set(name, description, targetScore);
    }

    /// <summary>
    /// The points a partner can earn at this level from <paramref name="today"/> on: the smallest sum of the obligations'
    /// points on any day their effective periods change.
    /// </summary>
    public int ReachableScore(DateOnly today)
    {
        var obligations = _parameters.Where(p => p.Kind == ParameterKind.Obligation).ToList();
        var days = obligations.SelectMany(p => new[] { p.StartDate, p.DueDate?.AddDays(1) ?? today })
            .Where(d => d > today).Append(today).Distinct();
        return days.Min(day => obligations.Where(p => p.IsEffectiveOn(day)).Sum(p => p.Score));
    }

    public LevelParameter AddParameter(ParameterKind kind, ParameterCategory category, ParameterValue value, int score, DateOnly startDate, DateOnly? dueDate)
    {
        EnsureValueFits(category, value);
        var parameter = new LevelParameter(Id);
        parameter.Set(kind, category.Id, value, score, startDate, dueDate);
        EnsureNoOverlap(parameter);
        _parameters.Add(parameter);
        return parameter;
    }

    /// <summary>Changes a parameter; refused when it would leave a level that is not the top one with an unreachable target.</summary>
    public void UpdateParameter(
        Guid parameterId, ParameterKind kind, ParameterCategory category, ParameterValue value, int score, DateOnly startDate, DateOnly? dueDate,
        bool isTopLevel, DateOnly today)
    {
        EnsureValueFits(category, value);
        var before = ReachableScore(today);
        var parameter = FindParameter(parameterId);
        parameter.Set(kind, category.Id, value, score, startDate, dueDate);
        EnsureNoOverlap(parameter);
        EnsureStillReachable(before, isTopLevel, today);
    }

    /// <summary>Removes a parameter; refused when it would leave a level that is not the top one with an unreachable target.</summary>
    public void RemoveParameter(Guid parameterId, bool isTopLevel, DateOnly today)
    {
        var before = ReachableScore(today);
        _parameters.Remove(FindParameter(parameterId));
        EnsureStillReachable(before, isTopLevel, today);
    }

    /// <summary>Issue 10: the Price list metric takes exactly a price-list reference, and only that metric takes one.</summary>
    internal static void EnsureValueFits(ParameterCategory category, ParameterValue value)
    {
        if ((category.Metric == MetricCode.PriceList) != (value.Type == ParameterValueType.PriceList))
        {
            throw new DomainRuleException(
                ProblemCodes.PriceListValueType,
                category.Metric == MetricCode.PriceList
                    ? $"{category.Name} is a price-list benefit: choose a price list."
                    : "Only a category with the Price list metric references a price list.");
        }
    }

    private void Set(string name, string? description, int targetScore)
    {
        if (targetScore < 0)
        {
            throw new DomainRuleException(ProblemCodes.TargetScoreInvalid, "The target score cannot be negative.");
        }

        Name = Guard.Required(name, "Name", 100);
        NormalizedName = NameKey.Of(Name);
        Description = Guard.Optional(description, "Description", 1000);
        TargetScore = targetScore;
    }

    // A change that lowers what can be earned below the target is refused; a level being set up (target first,
    // obligations next) is not blocked by changes that only bring it closer.
    private void EnsureStillReachable(int before, bool isTopLevel, DateOnly today)
    {
        var after = ReachableScore(today);
        if (!isTopLevel && after < before && TargetScore > after)
        {
            throw new DomainRuleException(
                ProblemCodes.LevelTargetUnreachable,
                $"After this change the obligations of {Name} are worth {after} points, below its target of {TargetScore}: the level could never be left. Lower the target first.");
        }
    }

    /// <summary>The parameters that apply on <paramref name="date"/> (invariant 16).</summary>
    public IEnumerable<LevelParameter> EffectiveParameters(DateOnly date) => _parameters.Where(p => p.IsEffectiveOn(date));

    private LevelParameter FindParameter(Guid parameterId) =>
        _parameters.SingleOrDefault(p => p.Id == parameterId)
        ?? throw new DomainRuleException(ProblemCodes.ParameterNotFound, "The parameter does not belong to this level.");

    // A partnership holds one Target and one Current row per obligation category (invariant 10),
    // so a level may not define the same category twice for overlapping periods.
    private void EnsureNoOverlap(LevelParameter candidate)
    {
        var clash = _parameters.Any(p => p.Id != candidate.Id && p.CategoryId == candidate.CategoryId && p.Overlaps(candidate));
        if (clash)
        {
            throw new DomainRuleException(
                ProblemCodes.DuplicateCategory,
                "This level already has a parameter of this category for an overlapping period.",
                isConflict: true);
        }
    }
}

/// <summary>"Level partnership parameter": one condition template of a level, effective-dated.</summary>
public sealed class LevelParameter
{
    private LevelParameter()
    {
    }

    internal LevelParameter(Guid levelId)
    {
        Id = Guid.CreateVersion7();
        LevelId = levelId;
    }

    public Guid Id { get; private set; }

    public Guid LevelId { get; private set; }

    public ParameterKind Kind { get; private set; }

    public Guid CategoryId { get; private set; }

    public ParameterValue Value { get; private set; }

    /// <summary>Points earned when the obligation is met; always 0 for a benefit.</summary>
    public int Score { get; private set; }

    public DateOnly StartDate { get; private set; }

    public DateOnly? DueDate { get; private set; }

    /// <summary>The issue 10 conversion of a free-text price-list benefit, and the rename of its price list.</summary>
    public void ReplacePriceListValue(ParameterValue value)
    {
        if (value.Type != ParameterValueType.PriceList)
        {
            throw new DomainRuleException(ProblemCodes.PriceListValueType, "Only a price-list reference replaces a price-list benefit.");
        }

        Value = value;
    }

    public bool IsEffectiveOn(DateOnly date) => StartDate <= date && (DueDate is null || date <= DueDate);

    internal bool Overlaps(LevelParameter other) =>
        StartDate <= (other.DueDate ?? DateOnly.MaxValue) && other.StartDate <= (DueDate ?? DateOnly.MaxValue);

    internal void Set(ParameterKind kind, Guid categoryId, ParameterValue value, int score, DateOnly startDate, DateOnly? dueDate)
    {
        if (dueDate < startDate)
        {
            throw new DomainRuleException(ProblemCodes.PeriodInvalid, "The end date must not be before the start date.");
        }

        if (kind == ParameterKind.Obligation)
        {
            if (value.Type is not (ParameterValueType.Integer or ParameterValueType.Decimal or ParameterValueType.Boolean))
            {
                throw new DomainRuleException(ProblemCodes.ObligationNotMeasurable, "An obligation needs a number or yes/no value to be measured against.");
            }

            if (score <= 0)
            {
                throw new DomainRuleException(ProblemCodes.ObligationScoreRequired, "An obligation must be worth at least 1 point.");
            }

            if (value.Numeric <= 0)
            {
                throw new DomainRuleException(
                    ProblemCodes.ObligationTargetUnreachable,
                    value.Type == ParameterValueType.Boolean
                        ? "A yes/no obligation must have the target Yes; with No it can never score."
                        : "An obligation's target must be greater than 0; with 0 it can never score.");
            }
        }
        else if (score != 0)
        {
            throw new DomainRuleException(ProblemCodes.BenefitHasScore, "A benefit earns no points; leave its score at 0.");
        }

        Kind = kind;
        CategoryId = categoryId;
        Value = value;
        Score = score;
        StartDate = startDate;
        DueDate = dueDate;
    }
}
