using PartnerPortal.Domain.Common;

namespace PartnerPortal.Domain.Funds;

/// <summary>
/// Whether a debit may take a fund below zero (D8): never for automatic or partner-originated operations; an employee
/// allowed to overdraw may, with a written reason that the entry keeps.
/// </summary>
public readonly record struct Overdraft(bool Permitted, string? Reason)
{
    public static readonly Overdraft Refused = new(false, null);

    public static Overdraft Permit(string? reason) => new(true, reason);
}

/// <summary>Money moved on a fund (credit or debit); the partner's organization admins are told (D12).</summary>
public sealed record FundMoved(
    Guid FundId, Guid EntryId, Guid AccountId, string FundName, EntryKind Kind, long Amount, long BalanceAfter, string Currency, string Description)
    : IDomainEvent;

/// <summary>
/// A partnership's fund of one type (invariant 6: at most one per type). Its <see cref="Balance"/> is stored for O(1)
/// reads and always equals the sum of its postings (invariant 7): it changes only together with a new entry, under
/// the <see cref="Version"/> concurrency token, so two concurrent debits cannot both spend the same money.
/// </summary>
public sealed class Fund : AggregateRoot
{
    private Fund()
    {
        Name = string.Empty;
        Currency = string.Empty;
    }

    public Guid Id { get; private set; }

    public Guid PartnershipId { get; private set; }

    /// <summary>The partner account, copied so partner isolation is a plain column filter (ADR-004).</summary>
    public Guid AccountId { get; private set; }

    public Guid FundTypeId { get; private set; }

    /// <summary>The type's name when the fund was opened.</summary>
    public string Name { get; private set; }

    /// <summary>The installation's currency when the fund was opened (D5); every entry of the fund is in it.</summary>
    public string Currency { get; private set; }

    /// <summary>Minor units (ADR-007).</summary>
    public long Balance { get; private set; }

    public bool IsActive { get; private set; }

    public DateTime CreatedAt { get; private set; }

    /// <summary>Changes with every entry, so two concurrent writers cannot both save a balance computed from the same state.</summary>
    public Guid Version { get; private set; }

    public static Fund Open(Guid partnershipId, Guid accountId, FundType type, string currency, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(),
        PartnershipId = partnershipId,
        AccountId = accountId,
        FundTypeId = type.Id,
        Name = type.Name,
        Currency = Guard.Required(currency, "Currency", 3).ToUpperInvariant(),
        IsActive = true,
        CreatedAt = now,
        Version = Guid.NewGuid(),
    };

    /// <summary>Money into the fund from <paramref name="from"/>.</summary>
    public FundTransaction Credit(
        EntryKind kind, LedgerAccount from, long amount, string description, EntryAuthor author, EntrySource? source = null, string? accrualKey = null)
    {
        CheckAmount(amount);
        return Post(kind, from, amount, description, author, Overdraft.Refused, source, accrualKey, null);
    }

    /// <summary>Money out of the fund to <paramref name="to"/>; refused below zero unless <paramref name="overdraft"/> permits it with a reason.</summary>
    public FundTransaction Debit(
        EntryKind kind, LedgerAccount to, long amount, string description, EntryAuthor author, Overdraft overdraft, EntrySource? source = null)
    {
        CheckAmount(amount);
        return Post(kind, to, -amount, description, author, overdraft, source, null, null);
    }

    /// <summary>
    /// Undoes <paramref name="original"/> with an entry of the opposite amount against the same counter-account. A
    /// reversal or a carry-over cannot be reversed; that the original is not reversed yet is the caller's check
    /// (backed by the unique index on <see cref="FundTransaction.ReversesEntryId"/>).
    /// </summary>
    public FundTransaction Reverse(FundTransaction original, string reason, EntryAuthor author, Overdraft overdraft)
    {
        if (original.FundId != Id)
        {
            throw new ArgumentException("The entry belongs to another fund.", nameof(original));
        }

        if (original.Kind == EntryKind.Reversal)
        {
            throw new DomainRuleException(ProblemCodes.EntryNotReversible, "A reversal cannot be reversed; post a new entry instead.");
        }

        if (original.Kind == EntryKind.CarryOver)
        {
            throw new DomainRuleException(ProblemCodes.EntryNotReversible, "A carry-over cannot be reversed on its own; post a manual correction instead.");
        }

        reason = Guard.Required(reason, "Reason", 400);
        EntrySource? source = original.SourceType is { } type && original.SourceId is { } id ? new EntrySource(type, id) : null;
        return Post(
            EntryKind.Reversal, original.CounterAccount, -original.Amount, $"Reversal: {reason}", author, overdraft, source, null, original.Id);
    }

    /// <summary>Moves the whole balance out to the period carry-over account (the old period's half of a carry-over).</summary>
    public FundTransaction CarryOut(string toPeriod, EntryAuthor author) =>
        Post(EntryKind.CarryOver, LedgerAccount.PeriodCarryOver, -Balance, $"Carried over to {toPeriod}", author, Overdraft.Refused, null, null, null);

    /// <summary>Takes in <paramref name="amount"/> carried out of the previous period's fund (negative when that fund was overdrawn).</summary>
    public FundTransaction CarryIn(long amount, string fromPeriod, EntryAuthor author) =>
        Post(EntryKind.CarryOver, LedgerAccount.PeriodCarryOver, amount, $"Carried over from {fromPeriod}", author,
            Overdraft.Permit($"Overdrawn balance carried over from {fromPeriod}"), null, null, null);

    private FundTransaction Post(
        EntryKind kind, LedgerAccount counter, long amount, string description, EntryAuthor author, Overdraft overdraft, EntrySource? source,
        string? accrualKey, Guid? reverses)
    {
        if (!IsActive)
        {
            throw new DomainRuleException(ProblemCodes.FundInactive, $"The {Name} is closed.");
        }

        if (amount == 0)
        {
            throw new DomainRuleException(ProblemCodes.AmountInvalid, "An entry moves a non-zero amount.");
        }

        var after = checked(Balance + amount);
        string? overdraftReason = null;
        if (amount < 0 && after < 0)
        {
            if (!overdraft.Permitted)
            {
                throw new DomainRuleException(
                    ProblemCodes.InsufficientFunds,
                    $"The {Name} holds {Money.Format(Balance, Currency)}; {Money.Format(-amount, Currency)} would overdraw it.",
                    isConflict: true);
            }

            overdraftReason = Guard.Optional(overdraft.Reason, "Overdraft reason", 500)
                ?? throw new DomainRuleException(ProblemCodes.OverdraftReasonRequired, "Overdrawing a fund needs a written reason.");
        }

        var entry = new FundTransaction(this, kind, counter, amount, after, description, author, source, accrualKey, reverses, overdraftReason);
        Balance = after;
        Version = Guid.NewGuid();
        Raise(new FundMoved(Id, entry.Id, AccountId, Name, kind, amount, after, Currency, entry.Description));
        return entry;
    }

    private static void CheckAmount(long amount)
    {
        if (amount is <= 0 or > Money.MaxEntryMinor)
        {
            throw new DomainRuleException(
                ProblemCodes.AmountInvalid, $"An amount is more than 0 and at most {Money.Format(Money.MaxEntryMinor, string.Empty).Trim()}.");
        }
    }
}
