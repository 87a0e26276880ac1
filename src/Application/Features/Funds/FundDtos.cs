using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds;

// Money (ADR-007): every amount is given twice, as an integer of minor units (…Minor, exact) and as a decimal with two
// places for display; requests take the decimal (at most two places). Currency is the fund's (D5).

public sealed record FundDto(
    Guid Id, Guid PartnershipId, Guid AccountId, Guid FundTypeId, string FundTypeCode, string Name, string Currency, long BalanceMinor,
    bool IsActive, DateTime CreatedAt)
{
    public decimal Balance => Money.ToDecimal(BalanceMinor);
}

public sealed record FundPostingDto(LedgerAccount Account, Guid? FundId, long AmountMinor)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);
}

/// <summary>One journal entry ("operation") with its two postings.</summary>
public sealed record FundEntryDto(
    Guid Id,
    Guid FundId,
    string FundName,
    Guid PartnershipId,
    EntryKind Kind,
    string Description,
    long AmountMinor,
    long BalanceAfterMinor,
    string Currency,
    string? SourceType,
    Guid? SourceId,
    Guid? ReversesEntryId,
    Guid? ReversedByEntryId,
    string? OverdraftReason,
    string? CreatedBy,
    DateTime CreatedAt,
    IReadOnlyList<FundPostingDto> Postings)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);

    public decimal BalanceAfter => Money.ToDecimal(BalanceAfterMinor);
}

/// <summary>
/// The filter of the operations list, shared by the list query and any export of it (one record, so an export holds
/// exactly the rows of the filtered list). Dates are UTC days, both inclusive.
/// </summary>
public sealed record FundEntryFilter(Guid? PartnershipId = null, Guid? FundId = null, EntryKind? Kind = null, DateOnly? From = null, DateOnly? To = null);

/// <summary>A fund's stored balance against the sum of its postings: they must agree (invariant 7).</summary>
public sealed record FundReconciliationDto(Guid FundId, string Name, string Currency, long StoredBalanceMinor, long PostingSumMinor, int EntryCount)
{
    public decimal StoredBalance => Money.ToDecimal(StoredBalanceMinor);

    public decimal PostingSum => Money.ToDecimal(PostingSumMinor);

    public bool Agrees => StoredBalanceMinor == PostingSumMinor;
}

/// <summary>The whole ledger: the sum of all postings (zero in double entry) and every fund whose balance disagrees with its postings.</summary>
public sealed record LedgerReconciliationDto(long GlobalPostingSumMinor, int FundCount, int EntryCount, IReadOnlyList<FundReconciliationDto> Mismatches)
{
    public bool Balanced => GlobalPostingSumMinor == 0 && Mismatches.Count == 0;
}

/// <summary>One fund's balance moved from the previous period's partnership into the next one's.</summary>
public sealed record CarryOverMoveDto(string FundTypeCode, string FundName, Guid FromFundId, Guid ToFundId, long AmountMinor, Guid FromEntryId, Guid ToEntryId)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);
}

public sealed record CarryOverDto(Guid FromPartnershipId, Guid ToPartnershipId, IReadOnlyList<CarryOverMoveDto> Moves);

/// <summary>An operation as the partner sees it on the portal: no employee names, no internal reasons.</summary>
public sealed record PortalFundEntryDto(Guid Id, EntryKind Kind, string Description, long AmountMinor, long BalanceAfterMinor, DateTime CreatedAt)
{
    public decimal Amount => Money.ToDecimal(AmountMinor);

    public decimal BalanceAfter => Money.ToDecimal(BalanceAfterMinor);
}

/// <summary>One of the partner's funds with its balance and latest operations (newest first).</summary>
public sealed record PortalFundDto(Guid Id, string Name, string FundTypeCode, string Currency, long BalanceMinor, IReadOnlyList<PortalFundEntryDto> LatestOperations)
{
    public decimal Balance => Money.ToDecimal(BalanceMinor);
}
