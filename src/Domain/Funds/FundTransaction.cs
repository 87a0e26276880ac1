using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Funds;

/// <summary>What a journal entry records.</summary>
public enum EntryKind
{
    /// <summary>An employee credits the fund from the vendor's budget (W9).</summary>
    ManualCredit,

    /// <summary>An employee debits the fund as a manual correction (W9).</summary>
    ManualDebit,

    /// <summary>A won deal's share credited to the marketing fund (W6, D19).</summary>
    Accrual,

    /// <summary>A marketing activity's budget taken from the fund (W8, D7).</summary>
    ActivityDebit,

    /// <summary>Unspent budget of a marketing activity given back (D7).</summary>
    ActivityCredit,

    /// <summary>One half of moving a balance from a period's fund into the next period's fund of the same type.</summary>
    CarryOver,

    /// <summary>An unpaid training's result recorded: one unit taken from the certification fund (W9, DOMAIN 1.22).</summary>
    CertificationDebit,

    /// <summary>Undoes one earlier entry (<see cref="FundTransaction.ReversesEntryId"/>); entries are never edited.</summary>
    Reversal,
}

/// <summary>
/// The accounts of the double-entry ledger: a partnership's fund, or one of the vendor-side counter-accounts money
/// comes from or goes to. Every entry moves one amount between a fund and one counter-account.
/// </summary>
public enum LedgerAccount
{
    Fund,
    VendorBudget,
    OpportunityAccrual,
    MarketingSpend,
    ManualCorrection,
    PeriodCarryOver,
    CertificationSpend,
}

/// <summary>A record of another part of the system that caused an entry (e.g. an opportunity won, an activity approved).</summary>
public readonly record struct EntrySource(string Type, Guid Id);

/// <summary>Who posts an entry, and when.</summary>
public readonly record struct EntryAuthor(string? Name, Guid? UserId, DateTime At);

/// <summary>
/// One journal entry ("operation"): exactly two postings, the fund's and its counter-account's, whose amounts sum to
/// zero, so the sum of all postings of the ledger is always zero. Append-only: a mistake is corrected by a
/// <see cref="EntryKind.Reversal"/> entry pointing at it, at most one per entry.
/// </summary>
public sealed class FundTransaction
{
    public const int MaxDescriptionLength = 500;

    private readonly List<FundPosting> _postings = [];

    private FundTransaction()
    {
        Description = string.Empty;
        Currency = string.Empty;
    }

    internal FundTransaction(
        Fund fund, EntryKind kind, LedgerAccount counter, long amount, long balanceAfter, string description, EntryAuthor author,
        EntrySource? source, string? accrualKey, Guid? reversesEntryId, string? overdraftReason)
    {
        if (counter == LedgerAccount.Fund)
        {
            throw new ArgumentException("The counter-account of an entry is not a fund.", nameof(counter));
        }

        Id = Guid.CreateVersion7();
        FundId = fund.Id;
        PartnershipId = fund.PartnershipId;
        AccountId = fund.AccountId;
        Kind = kind;
        Description = Guard.Required(description, "Description", MaxDescriptionLength);
        Amount = amount;
        BalanceAfter = balanceAfter;
        Currency = fund.Currency;
        SourceType = source?.Type;
        SourceId = source?.Id;
        AccrualKey = accrualKey;
        ReversesEntryId = reversesEntryId;
        OverdraftReason = overdraftReason;
        CreatedBy = author.Name;
        CreatedById = author.UserId;
        CreatedAt = author.At;
        _postings.Add(new FundPosting(1, LedgerAccount.Fund, fund.Id, amount));
        _postings.Add(new FundPosting(2, counter, null, -amount));
        if (_postings.Count != 2 || _postings.Sum(p => p.Amount) != 0 || amount == 0)
        {
            throw new InvalidOperationException("An entry is two postings of opposite, non-zero amounts.");
        }
    }

    public Guid Id { get; private set; }

    public Guid FundId { get; private set; }

    public Guid PartnershipId { get; private set; }

    /// <summary>The partner account, copied so partner isolation is a plain column filter (ADR-004).</summary>
    public Guid AccountId { get; private set; }

    public EntryKind Kind { get; private set; }

    public string Description { get; private set; }

    /// <summary>The fund posting's amount in minor units: positive credits the fund, negative debits it.</summary>
    public long Amount { get; private set; }

    /// <summary>The fund's balance right after this entry (minor units).</summary>
    public long BalanceAfter { get; private set; }

    public string Currency { get; private set; }

    public string? SourceType { get; private set; }

    public Guid? SourceId { get; private set; }

    /// <summary>Set on accruals only: <c>type:id:n</c> (n-th accrual of that source); unique, so a source accrues once at a time.</summary>
    public string? AccrualKey { get; private set; }

    /// <summary>The entry this one reverses (unique: an entry is reversed at most once).</summary>
    public Guid? ReversesEntryId { get; private set; }

    /// <summary>Why an authorised employee let the fund go below zero (D8); null for every other entry.</summary>
    public string? OverdraftReason { get; private set; }

    public string? CreatedBy { get; private set; }

    public Guid? CreatedById { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public IReadOnlyList<FundPosting> Postings => _postings;

    /// <summary>The counter-account of the entry (its second posting).</summary>
    public LedgerAccount CounterAccount => _postings.Single(p => p.Account != LedgerAccount.Fund).Account;
}

/// <summary>One side of an entry: an account and a signed amount in minor units.</summary>
public sealed class FundPosting
{
    private FundPosting()
    {
    }

    internal FundPosting(int line, LedgerAccount account, Guid? fundId, long amount)
    {
        Line = line;
        Account = account;
        FundId = fundId;
        Amount = amount;
    }

    /// <summary>1 = the fund's posting, 2 = the counter-account's.</summary>
    public int Line { get; private set; }

    public LedgerAccount Account { get; private set; }

    /// <summary>The fund, when <see cref="Account"/> is <see cref="LedgerAccount.Fund"/>.</summary>
    public Guid? FundId { get; private set; }

    public long Amount { get; private set; }
}
