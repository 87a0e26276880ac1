using PartnerPortal.Application.Common.Export;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.DealRegistrations;

// Money (ADR-007): amounts are integer minor units (…Minor) plus a decimal for display; requests take the decimal.
// Partners never see conflicts or who holds a customer: AlreadyProtected says only that another registration protected
// the customer when this one was submitted.

/// <summary>A row of the back-office queue and of the portal's "Deals". PartnerName is null on the portal.</summary>
public sealed record DealRegistrationListItemDto(
    Guid Id,
    DealRegistrationStatus Status,
    string CompanyName,
    string? EmailDomain,
    string? TaxId,
    long EstimatedAmountMinor,
    string Currency,
    DateOnly ExpectedCloseDate,
    Guid PartnerAccountId,
    string? PartnerName,
    bool HasConflict,
    bool AlreadyProtected,
    DateTime SubmittedAt,
    DateTime? ProtectedUntil,
    bool ExtensionRequested,
    bool Extended)
{
    public decimal EstimatedAmount => Money.ToDecimal(EstimatedAmountMinor);
}

/// <summary>One registration with its history (newest first) and, for employees, its conflicts side by side.</summary>
public sealed record DealRegistrationDto(
    Guid Id,
    DealRegistrationStatus Status,
    string CompanyName,
    string? EmailDomain,
    string? TaxId,
    string ProductInterest,
    long EstimatedAmountMinor,
    string Currency,
    DateOnly ExpectedCloseDate,
    Guid PartnerAccountId,
    string? PartnerName,
    Guid RegisteredById,
    string? RegisteredByName,
    DateTime SubmittedAt,
    DateTime? DecidedAt,
    string? RejectReason,
    DateTime? ProtectedUntil,
    DateTime? ExtensionRequestedAt,
    bool Extended,
    bool HasConflict,
    bool AlreadyProtected,
    string? ConflictMessage,
    IReadOnlyList<DealRegistrationConflictDto> Conflicts,
    IReadOnlyList<DealRegistrationEventDto> History)
{
    public decimal EstimatedAmount => Money.ToDecimal(EstimatedAmountMinor);
}

/// <summary>
/// A conflict (employees only): which key matched, the other partner's record (a lead, a registration or an open opportunity) with its
/// customer keys, status and timestamp, and whether it came first (first registered wins).
/// </summary>
public sealed record DealRegistrationConflictDto(
    Guid Id, DealConflictKey Key, DealConflictKind OtherKind, Guid OtherId, Guid OtherPartnerAccountId, string? OtherPartnerName, string? OtherCompanyName,
    string? OtherEmailDomain, string? OtherTaxId, string? OtherStatus, DateTime OtherAt, DateTime? OtherProtectedUntil, bool OtherFirst);

/// <summary>One change of a registration. <see cref="By"/> is null on the portal for employees' changes.</summary>
public sealed record DealRegistrationEventDto(Guid Id, DateTime At, string What, DealRegistrationStatus Status, string? By, bool ByPartner, string? Note);

/// <summary>
/// The pre-check's whole answer: is a customer with this name, domain or tax id protected right now, and until when.
/// Never who protects it; the same shape whoever holds it (the caller or another partner).
/// </summary>
public sealed record DealPreCheckDto(bool Protected, DateTime? ProtectedUntil);

/// <summary>Which registrations the back-office queue (and its CSV export) shows; null filters are not applied.</summary>
public sealed record DealRegistrationFilter(DealRegistrationStatus? Status = null, bool? HasConflict = null, Guid? PartnerAccountId = null);

/// <summary>A row of the registrations CSV export: the queue's columns, flat.</summary>
public sealed record DealRegistrationExportRow(
    [ExportColumn("Submitted")] DateTime SubmittedAt,
    [ExportColumn("Company")] string CompanyName,
    [ExportColumn("E-mail domain")] string? EmailDomain,
    [ExportColumn("Tax id")] string? TaxId,
    [ExportColumn("Status")] DealRegistrationStatus Status,
    [ExportColumn("Conflict")] bool HasConflict,
    [ExportColumn("Estimated amount")] decimal EstimatedAmount,
    [ExportColumn("Currency")] string Currency,
    [ExportColumn("Expected close")] DateOnly ExpectedCloseDate,
    [ExportColumn("Partner")] string? PartnerName,
    [ExportColumn("Protected until")] DateTime? ProtectedUntil,
    [ExportColumn("Id")] Guid Id);
