namespace PartnerPortal.Application.Features.PartnerLevels;

/// <summary>How a partnership moves when the level's terms are published (D16): promoted, closer to or further from the next level, or neither.</summary>
public enum ReapplyEffect
{
    Promoted,
    Closer,
    Further,
    Unchanged,
}

/// <summary>
/// One partnership the publishing changes: its terms (<see cref="Changes"/>), its score and target before and after, the
/// level it ends at and the tier decisions it would write (a promotion when the new target is already met).
/// </summary>
public sealed record PartnershipReapplyDto(
    Guid PartnershipId, string Name, string AccountName, int ScoreBefore, int ScoreAfter, int TargetBefore, int TargetAfter, string LevelAfter,
    ReapplyEffect Effect, IReadOnlyList<string> Changes, IReadOnlyList<string> Decisions);

public sealed record LevelReapplyDto(Guid LevelId, string LevelName, int PartnershipsAtLevel, IReadOnlyList<PartnershipReapplyDto> Changed);
