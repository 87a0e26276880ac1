using PartnerPortal.Application.Common.Export;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads;

// Money (ADR-007): amounts are given as integer minor units (…Minor) and as a decimal for display; requests take the decimal.
// Customers (ADR-008): a lead carries its customer as the CRM's account/contact (projected here for whoever sees the
// lead, partners included) and as free text for leads without records.

/// <summary>A row of the back-office leads list (keyset paged) and of the portal's "my leads".</summary>
public sealed record LeadListItemDto(
    Guid Id,
    LeadStatus Status,
    SalesChannel SalesChannel,
    string Customer,
    Guid? CustomerAccountId,
    string? CustomerAccountName,
    string? ContactName,
    string? Source,
    string? Region,
    long BudgetMinor,
    string Currency,
    Guid? PartnerAccountId,
    string? PartnerName,
    Guid? OpenOfferAccountId,
    string? OpenOfferPartnerName,
    DateTime? OpenOfferDeadline,
    DateTime CreatedAt,
    DateTime UpdatedAt)
{
    public decimal Budget => Money.ToDecimal(BudgetMinor);
}

/// <summary>One lead with its offer timeline, routing explanations ("why this partner") and history, newest first.</summary>
public sealed record LeadDto(
    Guid Id,
    LeadStatus Status,
    SalesChannel SalesChannel,
    string Customer,
    Guid? CustomerAccountId,
    string? CustomerAccountName,
    string? CustomerEmailDomain,
    Guid? ContactId,
    string? CompanyName,
    string? ContactName,
    string? ContactEmail,
    string Need,
    long BudgetMinor,
    string Currency,
    string? Source,
    string? Region,
    Guid? PartnerAccountId,
    string? PartnerName,
    Guid? OwnerId,
    string? OwnerName,
    bool CreatedByPartner,
    DateTime CreatedAt,
    DateTime UpdatedAt,
    string? DisqualifyReason,
    Guid? OpportunityId,
    IReadOnlyList<LeadOfferDto> Offers,
    IReadOnlyList<LeadRoutingDto> Routing,
    IReadOnlyList<LeadEventDto> History)
{
    public decimal Budget => Money.ToDecimal(BudgetMinor);
}

/// <summary>One offer of the lead's timeline (oldest first). Partners see only their own.</summary>
public sealed record LeadOfferDto(
    Guid Id, Guid PartnerAccountId, string? PartnerName, Guid? OwnerId, DateTime OfferedAt, DateTime Deadline, LeadOfferState State,
    DateTime? EndedAt, string? Reason);

/// <summary>An automatic assignment: trigger, choice and reason, with every partner considered (employees only).</summary>
public sealed record LeadRoutingDto(
    Guid Id, DateTime At, string Trigger, Guid? ChosenAccountId, string? ChosenPartnerName, string Reason, IReadOnlyList<LeadRoutingCandidateDto> Candidates);

/// <summary>A partner considered by routing: its score (routing weight), load and idle time, and rank or why it was left out.</summary>
public sealed record LeadRoutingCandidateDto(
    Guid AccountId, string? PartnerName, decimal Weight, int OpenOffers, int Capacity, DateTime? LastOfferedAt, int? Rank, string? ExcludedBecause);

/// <summary>One change of a lead. <see cref="By"/> is null on the portal for employees' changes.</summary>
public sealed record LeadEventDto(Guid Id, DateTime At, string What, LeadStatus Status, string? By, bool ByPartner, string? Note);

/// <summary>An offer (<see cref="Id"/>) waiting for the partner's answer (portal), soonest deadline first.</summary>
public sealed record MyLeadOfferDto(
    Guid Id, Guid LeadId, string Customer, string Need, long BudgetMinor, string Currency, string? Source, string? Region,
    DateTime OfferedAt, DateTime Deadline)
{
    public decimal Budget => Money.ToDecimal(BudgetMinor);
}

/// <summary>Which leads the back-office list (and its CSV export) shows; null filters are not applied.</summary>
public sealed record LeadFilter(
    LeadStatus? Status = null, Guid? PartnerAccountId = null, string? Region = null, string? Source = null, LeadOfferState? OfferState = null);

/// <summary>A row of the leads CSV export: the list's columns, flat.</summary>
public sealed record LeadExportRow(
    [ExportColumn("Created")] DateTime CreatedAt,
    [ExportColumn("Customer")] string Customer,
    [ExportColumn("Customer account")] string? CustomerAccountName,
    [ExportColumn("Contact")] string? ContactName,
    [ExportColumn("Status")] LeadStatus Status,
    [ExportColumn("Sales channel")] SalesChannel SalesChannel,
    [ExportColumn("Source")] string? Source,
    [ExportColumn("Region")] string? Region,
    [ExportColumn("Budget")] decimal Budget,
    [ExportColumn("Currency")] string Currency,
    [ExportColumn("Partner")] string? PartnerName,
    [ExportColumn("Offered to")] string? OpenOfferPartnerName,
    [ExportColumn("Offer deadline")] DateTime? OpenOfferDeadline,
    [ExportColumn("Id")] Guid Id);
