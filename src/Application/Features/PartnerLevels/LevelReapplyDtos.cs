namespace PartnerPortal.Application.Features.PartnerLevels;

public sealed record PartnershipReapplyDto(
    Guid PartnershipId, string Name, string AccountName, int ScoreBefore, int ScoreAfter, IReadOnlyList<string> Changes);

public sealed record LevelReapplyDto(Guid LevelId, string LevelName, int PartnershipsAtLevel, IReadOnlyList<PartnershipReapplyDto> Changed);
