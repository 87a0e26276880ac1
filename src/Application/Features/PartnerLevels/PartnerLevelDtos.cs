using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.PartnerLevels;

public sealed record LevelParameterDto(
    Guid Id,
    Guid LevelId,
    ParameterKind Kind,
    Guid CategoryId,
    string CategoryName,
    ParameterValueType ValueType,
    decimal? NumberValue,
    string? TextValue,
    bool? BoolValue,
    Guid? PriceListId,
    string DisplayValue,
    int Score,
    DateOnly StartDate,
    DateOnly? DueDate);

public sealed record PartnerLevelDto(
    Guid Id, Guid PartnerTypeId, string Name, string? Description, int Number, int TargetScore, IReadOnlyList<LevelParameterDto> Parameters);
