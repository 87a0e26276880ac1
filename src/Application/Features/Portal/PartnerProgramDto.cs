using System.Text.Json.Serialization;
using PartnerPortal.Application.Features.Partnerships;

namespace PartnerPortal.Application.Features.Portal;

public sealed record PartnerManagerDto(string Name, string Email);

/// <summary>
/// The partner's own program, read-only: the partnership page plus what is missing in words (<see cref="MissingSummary"/>,
/// e.g. "2 more leads and 14,000.00 more of won opportunities to reach Silver"), what the next level brings, and who to ask.
/// </summary>
public sealed record PartnerProgramDto(
    [property: JsonIgnore] PartnershipDto Partnership,
    IReadOnlyList<string> Missing,
    string? MissingSummary,
    IReadOnlyList<BenefitDto> NextLevelBenefits,
    PartnerManagerDto? PartnerManager) : PartnershipDto(Partnership);
