using PartnerPortal.Application.Common.Export;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// One line of the operations CSV export: the list's columns as a person reads them. The amount is signed (a debit is
/// negative) in the fund's currency; the effect says which way it moved the balance; the Id last.
/// </summary>
public sealed record FundEntryExportRow(
    [ExportColumn("Date")] DateTime CreatedAt,
    [ExportColumn("Partner")] string PartnerName,
    [ExportColumn("Fund")] string FundName,
    EntryKind Kind,
    string Description,
    decimal Amount,
    string Currency,
    [ExportColumn("Balance effect")] string Effect,
    [ExportColumn("Balance after")] decimal BalanceAfter,
    [ExportColumn("Source")] string? SourceType,
    [ExportColumn("Source id")] Guid? SourceId,
    [ExportColumn("Reverses")] Guid? ReversesEntryId,
    [ExportColumn("Reversed by")] Guid? ReversedByEntryId,
    [ExportColumn("Overdraft reason")] string? OverdraftReason,
    [ExportColumn("By")] string? CreatedBy,
    Guid Id);
