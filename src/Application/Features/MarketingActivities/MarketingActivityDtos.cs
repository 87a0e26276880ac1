using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities;

// Money (ADR-007): every amount is given twice, as an integer of minor units (…Minor, exact) and as a decimal with two
// places for display; requests take the decimal (at most two places). Currency is the installation's (D5).

/// <summary>A row of an activity list (the approval queue, the partner's own list).</summary>
public sealed record MarketingActivityListItemDto(
    Guid Id,
    Guid AccountId,
    string AccountName,
    Guid PartnershipId,
    string PartnershipName,
    string Name,
    MarketingActivityType Type,
    MarketingActivityStatus Status,
    DateOnly StartDate,
    DateOnly DueDate,
    string Currency,
    long ProposedBudgetMinor,
    long? ApprovedBudgetMinor,
    long? SpentBudgetMinor,
    Guid? FundId,
    Guid? OwnerId,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime? ApprovedAt)
{
    public decimal ProposedBudget => Money.ToDecimal(ProposedBudgetMinor);

    public decimal? ApprovedBudget => MarketingActivityFields.ToDecimal(ApprovedBudgetMinor);

    public decimal? SpentBudget => MarketingActivityFields.ToDecimal(SpentBudgetMinor);
}

/// <summary>One activity with its history (newest first).</summary>
public sealed record MarketingActivityDto(
    Guid Id,
    Guid AccountId,
    string AccountName,
    Guid PartnershipId,
    string PartnershipName,
    string Name,
    MarketingActivityType Type,
    MarketingActivityStatus Status,
    DateOnly StartDate,
    DateOnly DueDate,
    string? Description,
    string? Url,
    string Currency,
    long ProposedBudgetMinor,
    long? ApprovedBudgetMinor,
    long? SpentBudgetMinor,
    Guid? FundId,
    string? FundName,
    Guid? OwnerId,
    string? OwnerName,
    Guid ProposedById,
    string? ProposedByName,
    string? RejectionReason,
    DateTime CreatedAt,
    DateTime? SubmittedAt,
    DateTime? ApprovedAt,
    DateTime? ClosedAt,
    IReadOnlyList<MarketingActivityEventDto> History)
{
    public decimal ProposedBudget => Money.ToDecimal(ProposedBudgetMinor);

    public decimal? ApprovedBudget => MarketingActivityFields.ToDecimal(ApprovedBudgetMinor);

    public decimal? SpentBudget => MarketingActivityFields.ToDecimal(SpentBudgetMinor);
}

/// <summary>One change of an activity. <see cref="By"/> is null on the portal for employees' changes (partners see no employee names).</summary>
public sealed record MarketingActivityEventDto(
    Guid Id, DateTime At, MarketingActivityStatus FromStatus, MarketingActivityStatus ToStatus, string? By, bool ByPartner, string? Note);

/// <summary>Which activities a list shows; null filters are not applied.</summary>
public sealed record MarketingActivityFilter(
    MarketingActivityStatus? Status = null, Guid? PartnershipId = null, Guid? AccountId = null, string? Search = null);
