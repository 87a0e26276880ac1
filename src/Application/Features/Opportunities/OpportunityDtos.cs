using PartnerPortal.Application.Common.Export;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities;

// Money (ADR-007): amounts are given as integer minor units (…Minor) and as a decimal for display; requests take the decimal.

/// <summary>
/// A row of the back-office opportunities list (keyset paged) and of the portal's "my opportunities". <see cref="OwnerName"/>
/// is the partner's portal user who owns it, or (back-office only) the employee who owns the vendor's own.
/// </summary>
public sealed record OpportunityListItemDto(
    Guid Id,
    string Name,
    OpportunityStage Stage,
    string Customer,
    long AmountMinor,
    string Currency,
    DateOnly? ExpectedCloseDate,
    Guid? PartnerAccountId,
    string? PartnerName,
    Guid? OwnerId,
    string? OwnerName,
    Guid? EmployeeOwnerId,
    string? NextStep,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ClosedAt)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);
}

/// <summary>
/// One opportunity with its history, newest first. <see cref="FundPercent"/> is the partner's marketing-fund % fixed when
/// it was won (D19) and <see cref="FundCreditMinor"/> the credit it earns (that % of the amount, rounded half away from zero).
/// </summary>
public sealed record OpportunityDto(
    Guid Id,
    string Name,
    OpportunityStage Stage,
    Guid? CustomerAccountId,
    string Customer,
    long AmountMinor,
    string Currency,
    DateOnly? ExpectedCloseDate,
    Guid? PartnerAccountId,
    string? PartnerName,
    Guid? OwnerId,
    string? OwnerName,
    Guid? EmployeeOwnerId,
    string? EmployeeOwnerName,
    string? NextStep,
    string? Notes,
    Guid? LeadId,
    Guid? DealRegistrationId,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    DateTime? ClosedAt,
    decimal? FundPercent,
    long FundCreditMinor,
    IReadOnlyList<OpportunityEventDto> History)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);

    public decimal FundCredit => Money.ToDecimal(FundCreditMinor);
}

/// <summary>One change of an opportunity. <see cref="By"/> is null on the portal for employees' changes.</summary>
public sealed record OpportunityEventDto(Guid Id, DateTime At, string What, OpportunityStage Stage, string? By, bool ByPartner, string? Note);

/// <summary>Which opportunities the back-office list (and its CSV export) shows; null filters are not applied.</summary>
public sealed record OpportunityFilter(OpportunityStage? Stage = null, Guid? PartnerAccountId = null, Guid? OwnerId = null);

/// <summary>One stage of the pipeline: how many opportunities are in it and their total amount (minor units, ADR-007) in the currency.</summary>
public sealed record PipelineStageDto(OpportunityStage Stage, int Count, long AmountMinor, string Currency)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);
}

/// <summary>A row of the opportunities CSV export: the list's columns, flat.</summary>
public sealed record OpportunityExportRow(
    [ExportColumn("Created")] DateTime CreatedAt,
    [ExportColumn("Name")] string Name,
    [ExportColumn("Stage")] OpportunityStage Stage,
    [ExportColumn("Customer")] string Customer,
    [ExportColumn("Amount")] decimal Amount,
    [ExportColumn("Currency")] string Currency,
    [ExportColumn("Close date")] DateOnly? ExpectedCloseDate,
    [ExportColumn("Partner")] string? PartnerName,
    [ExportColumn("Next step")] string? NextStep,
    [ExportColumn("Closed")] DateTime? ClosedAt,
    [ExportColumn("Id")] Guid Id);
