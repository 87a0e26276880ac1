using System.Text.Json.Serialization;
using PartnerPortal.Application.Features.Partnerships;

namespace PartnerPortal.Application.Features.Portal;

public sealed record PartnerManagerDto(string Name, string Email);

/// <summary>The partner's own program, read-only: the partnership page plus what is missing and who to ask.</summary>
public sealed record PartnerProgramDto(
    [property: JsonIgnore] PartnershipDto Partnership,
    IReadOnlyList<string> Missing,
    PartnerManagerDto? PartnerManager) : PartnershipDto(Partnership);
