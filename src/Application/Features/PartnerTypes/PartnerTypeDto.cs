namespace PartnerPortal.Application.Features.PartnerTypes;

public sealed record PartnerTypeDto(Guid Id, string Name, string? Description, int LevelCount);
