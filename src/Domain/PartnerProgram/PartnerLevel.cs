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

    public static PartnerLevel Create(Guid partnerTypeId, string name, string? description, int number, int targetScore)
    {
        var level = new PartnerLevel { Id = Guid.CreateVersion7(), PartnerTypeId = partnerTypeId };
        level.Update(name, description, number, targetScore);
        return level;
    }

    public void Update(string name, string? description, int number, int targetScore)
    {
        if (number < 1)
        {
            throw new DomainRuleException(ProblemCodes.LevelNumberInvalid, "The level number must be 1 or more.");
        }

        if (targetScore < 0)
        {
            throw new DomainRuleException(ProblemCodes.TargetScoreInvalid, "The target score cannot be negative.");
        }

        Name = Guard.Required(name, "Name", 100);
        NormalizedName = NameKey.Of(Name);
        Description = Guard.Optional(description, "Description", 1000);
        Number = number;
        TargetScore = targetScore;
    }

    public LevelParameter AddParameter(ParameterKind kind, ParameterCategory category, ParameterValue value, int score, DateOnly startDate, DateOnly? dueDate)
    {
        var parameter = new LevelParameter(Id);
        parameter.Set(kind, category.Id, value, score, startDate, dueDate);
        EnsureNoOverlap(parameter);
        _parameters.Add(parameter);
        return parameter;
    }

    public void UpdateParameter(Guid parameterId, ParameterKind kind, ParameterCategory category, ParameterValue value, int score, DateOnly startDate, DateOnly? dueDate)
    {
        var parameter = FindParameter(parameterId);
        parameter.Set(kind, category.Id, value, score, startDate, dueDate);
        EnsureNoOverlap(parameter);
    }

    public void RemoveParameter(Guid parameterId) => _parameters.Remove(FindParameter(parameterId));

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
