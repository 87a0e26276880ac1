using System.Text.Json.Serialization;
using PartnerPortal.Application.Common.Export;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships;

/// <summary>A partnership as lists show it: level N of M and score X of target.</summary>
public record PartnershipListItemDto(
    Guid Id,
    string Name,
    Guid AccountId,
    string AccountName,
    Guid PartnerTypeId,
    string PartnerTypeName,
    Guid PartnerLevelId,
    string PartnerLevelName,
    int LevelNumber,
    int LevelCount,
    DateOnly StartDate,
    DateOnly DueDate,
    bool IsActive,
    int CurrentScore,
    int TargetScore,
    int ScoreLeft,
    DateTime LevelSince,
    bool AtRisk);

public sealed record ObligationDto(
    Guid CategoryId, string CategoryName, MetricCode Metric, Guid CurrentParameterId, ParameterValueType ValueType,
    decimal TargetValue, decimal CurrentValue, int MaxScore, int Score, bool Computed, string? OverrideReason);

public sealed record BenefitDto(Guid ParameterId, Guid CategoryId, string CategoryName, MetricCode Metric, ParameterValueType ValueType, string DisplayValue);

/// <summary>The partnership page: its header, the obligations with progress, and the benefits.</summary>
public record PartnershipDto(
    [property: JsonIgnore] PartnershipListItemDto Summary,
    bool PromotionEligible,
    string? NextLevelName,
    IReadOnlyList<ObligationDto> Obligations,
    IReadOnlyList<BenefitDto> Benefits) : PartnershipListItemDto(Summary);

/// <summary>One action on a partnership as one readable line (employees' view: with who acted and the reason).</summary>
public sealed record PartnershipEventDto(Guid Id, PartnershipEventKind Kind, DateTime At, string Text, string? By, string? Reason);

/// <summary>One line of a partner's program timeline on the portal: no employee names, no internal detail.</summary>
public sealed record ProgramEventDto(Guid Id, PartnershipEventKind Kind, DateTime At, string Text);

public sealed record ParameterHistoryDto(
    Guid Id, Guid ParameterId, string CategoryName, ParameterKind Kind, ParameterRole Role, string DisplayValue, int Score,
    DateTime ValidFrom, DateTime? ValidTo, string? ChangedBy);

/// <summary>One line of the partnerships CSV export: the list's columns as a person reads them, the Id last.</summary>
public sealed record PartnershipExportRow(
    [ExportColumn("Partnership")] string Name,
    [ExportColumn("Partner")] string AccountName,
    [ExportColumn("Partner type")] string PartnerTypeName,
    [ExportColumn("Level")] string PartnerLevelName,
    DateOnly StartDate,
    DateOnly DueDate,
    bool IsActive,
    [ExportColumn("Score")] int CurrentScore,
    int TargetScore,
    Guid Id);
