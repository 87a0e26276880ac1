using CsCheck;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Domain.UnitTests;

/// <summary>The ledger's invariants on the domain model: double entry, balance = postings, no overdraft without a reason.</summary>
public sealed class FundLedgerTests
{
    private static readonly EntryAuthor Author = new("Test", null, new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc));

    private static Fund NewFund() => Fund.Open(Guid.NewGuid(), Guid.NewGuid(), FundType.Create("Marketing", "Marketing fund", null), "EUR", Author.At);

    [Fact]
    public void AnEntry_IsTwoPostingsSummingToZero_AndMovesTheBalance()
    {
        var fund = NewFund();

        var credit = fund.Credit(EntryKind.ManualCredit, LedgerAccount.VendorBudget, 10_000, "Budget", Author);
        var debit = fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, 2_550, "Fix", Author, Overdraft.Refused);

        fund.Balance.ShouldBe(7_450);
        credit.Postings.Select(p => (p.Account, p.Amount)).ShouldBe([(LedgerAccount.Fund, 10_000L), (LedgerAccount.VendorBudget, -10_000L)]);
        debit.Postings.Sum(p => p.Amount).ShouldBe(0);
        debit.BalanceAfter.ShouldBe(7_450);
        fund.DomainEvents.OfType<FundMoved>().Count().ShouldBe(2);
    }

    [Fact]
    public void Overdraft_IsRefusedWithoutPermission_AndNeedsAReasonWithIt()
    {
        var fund = NewFund();
        fund.Credit(EntryKind.ManualCredit, LedgerAccount.VendorBudget, 100, "Budget", Author);

        var refused = Should.Throw<DomainRuleException>(() => fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, 101, "x", Author, Overdraft.Refused));
        var noReason = Should.Throw<DomainRuleException>(() => fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, 101, "x", Author, Overdraft.Permit(" ")));
        var allowed = fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, 101, "x", Author, Overdraft.Permit("Board approved"));

        refused.Code.ShouldBe(ProblemCodes.InsufficientFunds);
        refused.IsConflict.ShouldBeTrue();
        noReason.Code.ShouldBe(ProblemCodes.OverdraftReasonRequired);
        allowed.OverdraftReason.ShouldBe("Board approved");
        fund.Balance.ShouldBe(-1);
    }

    [Fact]
    public void AReversal_UndoesItsEntry_AndCannotItselfBeReversed()
    {
        var fund = NewFund();
        var credit = fund.Credit(EntryKind.Accrual, LedgerAccount.OpportunityAccrual, 500, "Deal", Author, new EntrySource("Opportunity", Guid.NewGuid()));

        var reversal = fund.Reverse(credit, "Deal lost", Author, Overdraft.Refused);
        var again = Should.Throw<DomainRuleException>(() => fund.Reverse(reversal, "oops", Author, Overdraft.Refused));

        fund.Balance.ShouldBe(0);
        reversal.ReversesEntryId.ShouldBe(credit.Id);
        reversal.CounterAccount.ShouldBe(LedgerAccount.OpportunityAccrual);
        reversal.SourceId.ShouldBe(credit.SourceId);
        again.Code.ShouldBe(ProblemCodes.EntryNotReversible);
    }

    [Fact]
    public void CarryOver_MovesTheWholeBalance_AsTwoEntries()
    {
        var old = NewFund();
        var next = NewFund();
        old.Credit(EntryKind.ManualCredit, LedgerAccount.VendorBudget, 1_234, "Budget", Author);

        var amount = old.Balance;
        var outEntry = old.CarryOut("2027", Author);
        var inEntry = next.CarryIn(amount, "2026", Author);

        old.Balance.ShouldBe(0);
        next.Balance.ShouldBe(1_234);
        outEntry.Description.ShouldBe("Carried over to 2027");
        inEntry.Description.ShouldBe("Carried over from 2026");
        (outEntry.Postings.Sum(p => p.Amount) + inEntry.Postings.Sum(p => p.Amount)).ShouldBe(0);
        outEntry.Postings.Single(p => p.Account == LedgerAccount.PeriodCarryOver).Amount
            .ShouldBe(-inEntry.Postings.Single(p => p.Account == LedgerAccount.PeriodCarryOver).Amount);
    }

    /// <summary>
    /// Random sequences of credits, debits (mostly without overdraft permission), reversals and accruals on two funds:
    /// after every step each balance equals the sum of its postings, all postings sum to zero, a refused operation
    /// changes nothing, and a balance is negative only after an entry that recorded an overdraft reason.
    /// </summary>
    [Fact]
    public void RandomOperations_KeepTheLedgerBalanced()
    {
        var operation = Gen.Select(Gen.Int[0, 5], Gen.Int[0, 1], Gen.Long[1, 50_000], Gen.Int[0, 1_000]);
        operation.List[1, 80].Sample(operations =>
        {
            Fund[] funds = [NewFund(), NewFund()];
            var entries = new List<FundTransaction>();
            var reversed = new HashSet<Guid>();
            foreach (var (kind, which, amount, pick) in operations)
            {
                var fund = funds[which];
                var before = fund.Balance;
                try
                {
                    FundTransaction? entry = kind switch
                    {
                        0 => fund.Credit(EntryKind.ManualCredit, LedgerAccount.VendorBudget, amount, "Credit", Author),
                        1 => fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, amount, "Debit", Author, Overdraft.Refused),
                        2 => fund.Debit(EntryKind.ActivityDebit, LedgerAccount.MarketingSpend, amount, "Activity", Author, Overdraft.Refused),
                        3 => fund.Credit(EntryKind.Accrual, LedgerAccount.OpportunityAccrual, amount, "Accrual", Author, new EntrySource("Opportunity", Guid.NewGuid())),
                        4 => Reverse(fund, entries, reversed, pick),
                        _ => pick % 10 == 0
                            ? fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, amount, "Overdraw", Author, Overdraft.Permit("Approved by finance"))
                            : null,
                    };
                    if (entry is not null)
                    {
                        entries.Add(entry);
                        if (entry.ReversesEntryId is { } original)
                        {
                            reversed.Add(original);
                        }
                    }
                }
                catch (DomainRuleException e) when (e.Code == ProblemCodes.InsufficientFunds)
                {
                    fund.Balance.ShouldBe(before, "a refused operation changes nothing");
                }

                foreach (var f in funds)
                {
                    f.Balance.ShouldBe(entries.SelectMany(e => e.Postings).Where(p => p.Account == LedgerAccount.Fund && p.FundId == f.Id).Sum(p => p.Amount));
                    if (f.Balance < 0)
                    {
                        entries.ShouldContain(e => e.FundId == f.Id && e.OverdraftReason != null, "negative only after an authorised overdraft");
                    }
                }

                entries.SelectMany(e => e.Postings).Sum(p => p.Amount).ShouldBe(0);
                entries.ShouldAllBe(e => e.Postings.Count == 2 && e.Postings.Sum(p => p.Amount) == 0);
            }
        }, iter: 300);
    }

    private static FundTransaction? Reverse(Fund fund, List<FundTransaction> entries, HashSet<Guid> reversed, int pick)
    {
        var candidates = entries.Where(e => e.FundId == fund.Id && e.Kind != EntryKind.Reversal && !reversed.Contains(e.Id)).ToList();
        return candidates.Count == 0 ? null : fund.Reverse(candidates[pick % candidates.Count], "Correction", Author, Overdraft.Refused);
    }
}
