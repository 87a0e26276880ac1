using System.Globalization;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Domain.Partnerships;

/// <summary>
/// What one evaluation of a partnership knows (W7, D3): <paramref name="Measured"/> holds, per category with a metric,
/// the value counted from the source records in the partnership's window (the same for every level of the type);
/// <paramref name="Levels"/> are the levels of its type with their parameters; the names make the reason readable.
/// </summary>
/// <paramref name="PeriodMeasured"/> counts the same over the whole period so far (for the at-risk pace and renewal,
/// D4); <paramref name="Today"/> is the evaluation's day.
public readonly record struct TierInputs(
    IReadOnlyDictionary<Guid, decimal> Measured,
    IReadOnlyDictionary<Guid, decimal> PeriodMeasured,
    IReadOnlyList<PartnerLevel> Levels,
    IReadOnlyDictionary<Guid, string> CategoryNames,
    bool ResetProgressOnPromotion,
    DateOnly Today);

/// <summary>A partnership was promoted by the tier engine (W7 step 5: the partner is told).</summary>
public sealed record PartnershipPromoted(Guid PartnershipId, Guid AccountId, string FromLevel, string ToLevel, string Reason) : Common.IDomainEvent;

/// <summary>A partnership fell below pace for its period (section 6.2: the partner is told once per period).</summary>
public sealed record PartnershipAtRisk(Guid PartnershipId, Guid AccountId, string Level, string Explanation) : Common.IDomainEvent;

/// <summary>
/// D4: the level proposed for the next period and why. <paramref name="MovesDown"/> when the obligations of the level
/// below were missed and the grace period has passed; <paramref name="GraceUntil"/> is the last day records still count.
/// </summary>
public readonly record struct RenewalProposal(Guid LevelId, string LevelName, bool MovesDown, DateOnly GraceUntil, string Reason);

/// <summary>Numbers as the tier explanations print them: "14,000" or "14,000.50".</summary>
public static class TierText
{
    public static string Amount(decimal value) =>
        decimal.Truncate(value) == value ? value.ToString("#,0", CultureInfo.InvariantCulture) : value.ToString("#,0.00", CultureInfo.InvariantCulture);
}
