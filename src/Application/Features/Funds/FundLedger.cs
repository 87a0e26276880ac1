using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Persistence;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// The one way money moves: every operation loads the fund, lets the domain post the entry (balance and entry change
/// together), and saves under the fund's <see cref="Fund.Version"/> token; a save that lost a race is recomputed from
/// fresh data (<see cref="ConcurrencyRetry"/>, up to <see cref="MaxAttempts"/> times). Funds move only while their
/// partnership is active (invariant 9), except the old period's half of a carry-over. Used by the fund use cases and,
/// through <see cref="AccrueAsync"/> / <see cref="ReverseSourceAsync"/>, by other features (won deals, D19).
/// </summary>
public sealed class FundLedger(IApplicationDbContext db, IRowLocks locks, ICurrentUser user, TimeProvider clock, IOptions<AppOptions> app)
{
    /// <summary>Generous, because many concurrent debits of one fund are normal (a campaign, a batch): each retry waits a little longer.</summary>
    public const int MaxAttempts = 12;

    public const string OpportunitySource = "Opportunity";

    /// <summary>What the current caller may do below zero: employees with <c>funds.overdraw</c> with a reason, nobody else (D8).</summary>
    public Overdraft OverdraftFor(string? reason) =>
        Permissions.RolesWith.FundsOverdraw.Split(',').Any(user.IsInRole) ? Overdraft.Permit(reason) : Overdraft.Refused;

    public EntryAuthor Author() => new(user.DisplayName, user.Id, clock.GetUtcNow().UtcDateTime);

    /// <summary>Opens the partnership's fund of <paramref name="type"/> (refused when one exists: invariant 6).</summary>
    public async Task<Fund> OpenAsync(Partnership partnership, FundType type, CancellationToken cancellationToken)
    {
        await db.Funds.EnsureNoneAsync(
            f => f.PartnershipId == partnership.Id && f.FundTypeId == type.Id, ProblemCodes.FundExists,
            $"This partnership has a {type.Name} already.", cancellationToken);
        var fund = Fund.Open(partnership.Id, partnership.AccountId, type, app.Value.Currency, clock.GetUtcNow().UtcDateTime);
        db.Funds.Add(fund);
        await db.SaveChangesAsync(cancellationToken);
        return fund;
    }

    /// <summary>
    /// Locks and loads the fund, checks its partnership is active, posts what <paramref name="post"/> returns and saves,
    /// retrying lost races (the lock makes them rare: concurrent writers of one fund queue on it, <see cref="IRowLocks"/>).
    /// </summary>
    public async Task<FundTransaction> PostAsync(Guid fundId, Func<Fund, FundTransaction> post, CancellationToken cancellationToken)
    {
        // Checked before the lock, so the locked part (read the fund, post, save) is as short as it can be.
        var active = await db.Funds.Where(f => f.Id == fundId)
            .Select(f => (bool?)db.Partnerships.Any(p => p.Id == f.PartnershipId && p.IsActive)).FirstOrDefaultAsync(cancellationToken);
        if (active is null)
        {
            throw new NotFoundException("Fund", fundId);
        }

        if (active is false)
        {
            throw new DomainRuleException(ProblemCodes.PartnershipInactive, "Funds can be credited or debited only while the partnership is active.");
        }

        return await ConcurrencyRetry.RunAsync(db, MaxAttempts, async () =>
        {
            await locks.LockAsync<Fund>(fundId, cancellationToken);
            var fund = await db.Funds.Where(f => f.Id == fundId).FirstOr404Async("Fund", fundId, cancellationToken);
            var entry = post(fund);
            db.FundTransactions.Add(entry);
            await db.SaveChangesAsync(cancellationToken);
            return entry;
        }, cancellationToken);
    }

    /// <summary>Reverses one entry (at most once; a reversal or carry-over is not reversible).</summary>
    public async Task<FundTransaction> ReverseAsync(Guid entryId, string reason, Overdraft overdraft, CancellationToken cancellationToken)
    {
        var original = await db.FundTransactions.AsNoTracking().Where(e => e.Id == entryId).FirstOr404Async("Fund entry", entryId, cancellationToken);
        await db.FundTransactions.EnsureNoneAsync(
            e => e.ReversesEntryId == entryId, ProblemCodes.EntryAlreadyReversed, "This entry has been reversed already.", cancellationToken);
        return await PostAsync(original.FundId, fund => fund.Reverse(original, reason, Author(), overdraft), cancellationToken);
    }

    /// <summary>
    /// D19: credits <paramref name="amountMinor"/> earned by a source record (e.g. a won opportunity) to the partnership's
    /// marketing fund. Idempotent per source: while an accrual of the source stands (not reversed) it is returned and
    /// nothing is posted; after <see cref="ReverseSourceAsync"/> the source may accrue again (a recalculated credit).
    /// Null when the amount is zero. 422 <c>no_marketing_fund</c> when the partnership has none.
    /// </summary>
    public async Task<FundTransaction?> AccrueAsync(
        Guid partnershipId, string sourceType, Guid sourceId, long amountMinor, string description, CancellationToken cancellationToken)
    {
        var accruals = db.FundTransactions.Where(e => e.Kind == EntryKind.Accrual && e.SourceType == sourceType && e.SourceId == sourceId);
        var standing = await accruals.Where(e => !db.FundTransactions.Any(r => r.ReversesEntryId == e.Id))
            .OrderByDescending(e => e.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        if (standing is not null || amountMinor == 0)
        {
            return standing;
        }

        var fundId = await (
                from f in db.Funds
                join t in db.FundTypes on f.FundTypeId equals t.Id
                where f.PartnershipId == partnershipId && t.Code == FundType.MarketingCode
                select (Guid?)f.Id)
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new DomainRuleException(ProblemCodes.NoMarketingFund, "The partnership has no marketing fund (its level grants no marketing-fund benefit).");
        // The key counts the source's accruals in THIS fund: a portal user's query filter shows only its own fund's entries,
        // and a source may have accrued in another partner's fund before (an opportunity moved to another partner).
        var sequence = await accruals.CountAsync(e => e.FundId == fundId, cancellationToken) + 1;
        var source = new EntrySource(sourceType, sourceId);
        return await PostAsync(
            fundId,
            fund => fund.Credit(
                EntryKind.Accrual, LedgerAccount.OpportunityAccrual, amountMinor, description, Author(), source, $"{sourceType}:{sourceId}:{fundId:N}:{sequence}"),
            cancellationToken);
    }

    /// <summary>
    /// Reverses every standing entry a source record caused (e.g. a deleted opportunity's credit), as an automatic
    /// operation: refused with 409 <c>insufficient_funds</c> if that would overdraw. Idempotent: nothing standing, nothing posted.
    /// </summary>
    public async Task<IReadOnlyList<FundTransaction>> ReverseSourceAsync(string sourceType, Guid sourceId, string reason, CancellationToken cancellationToken)
    {
        var standing = await db.FundTransactions.AsNoTracking()
            .Where(e => e.SourceType == sourceType && e.SourceId == sourceId && e.Kind != EntryKind.Reversal
                && !db.FundTransactions.Any(r => r.ReversesEntryId == e.Id))
            .OrderBy(e => e.CreatedAt).ThenBy(e => e.Id)
            .Select(e => e.Id)
            .ToListAsync(cancellationToken);
        var reversals = new List<FundTransaction>();
        foreach (var id in standing)
        {
            reversals.Add(await ReverseAsync(id, reason, Overdraft.Refused, cancellationToken));
        }

        return reversals;
    }

    /// <summary>
    /// Period end: moves every non-zero balance of <paramref name="previousId"/>'s funds into the same-type funds of
    /// <paramref name="nextId"/> (opened where missing) as a pair of CarryOver entries ("Carried over to/from ...").
    /// Both partnerships must be of the same partner, the previous one must have started earlier, and the next one must
    /// be active; the previous one may be inactive (its period ended). Running it again moves nothing (the old funds are at 0).
    /// </summary>
    public async Task<IReadOnlyList<CarryOverMoveDto>> CarryOverAsync(Guid previousId, Guid nextId, CancellationToken cancellationToken)
    {
        var previous = await db.Partnerships.AsNoTracking().Where(p => p.Id == previousId).FirstOr404Async("Partnership", previousId, cancellationToken);
        var next = await db.Partnerships.AsNoTracking().Where(p => p.Id == nextId).FirstOr404Async("Partnership", nextId, cancellationToken);
        if (previous.Id == next.Id || previous.AccountId != next.AccountId)
        {
            throw new DomainRuleException(ProblemCodes.CarryOverInvalid, "Balances carry over only between two partnerships of the same partner.");
        }

        if (previous.StartDate >= next.StartDate)
        {
            throw new DomainRuleException(ProblemCodes.CarryOverInvalid, "Balances carry over from an earlier period into a later one.");
        }

        if (!next.IsActive)
        {
            throw new DomainRuleException(ProblemCodes.PartnershipInactive, "The next period's partnership must be active to take the balances.");
        }

        var from = Period(previous);
        var to = Period(next);
        var oldFunds = await db.Funds.AsNoTracking().Where(f => f.PartnershipId == previousId && f.Balance != 0)
            .OrderBy(f => f.Name).Select(f => new { f.Id, f.FundTypeId }).ToListAsync(cancellationToken);
        var moves = new List<CarryOverMoveDto>();
        foreach (var old in oldFunds)
        {
            var type = await db.FundTypes.AsNoTracking().SingleAsync(t => t.Id == old.FundTypeId, cancellationToken);
            if (!await db.Funds.AnyAsync(f => f.PartnershipId == nextId && f.FundTypeId == type.Id, cancellationToken))
            {
                await OpenAsync(next, type, cancellationToken);
            }

            var move = await ConcurrencyRetry.RunAsync(db, MaxAttempts, async () =>
            {
                var source = await db.Funds.SingleAsync(f => f.Id == old.Id, cancellationToken);
                var target = await db.Funds.SingleAsync(f => f.PartnershipId == nextId && f.FundTypeId == type.Id, cancellationToken);
                if (source.Balance == 0)
                {
                    return null;
                }

                if (source.Currency != target.Currency)
                {
                    throw new DomainRuleException(ProblemCodes.CarryOverInvalid, $"The {source.Name} is in {source.Currency}, the next one in {target.Currency}.");
                }

                var author = Author();
                var amount = source.Balance;
                var outEntry = source.CarryOut(to, author);
                var inEntry = target.CarryIn(amount, from, author);
                db.FundTransactions.AddRange(outEntry, inEntry);
                await db.SaveChangesAsync(cancellationToken);
                return new CarryOverMoveDto(type.Code, target.Name, source.Id, target.Id, amount, outEntry.Id, inEntry.Id);
            }, cancellationToken);
            if (move is not null)
            {
                moves.Add(move);
            }
        }

        return moves;
    }

    /// <summary>"Acme 2026 (2026-01-01 – 2026-12-31)".</summary>
    public static string Period(Partnership partnership) =>
        $"{partnership.Name} ({partnership.StartDate:yyyy-MM-dd} – {partnership.DueDate:yyyy-MM-dd})";
}
