using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// Reads of funds and entries, shared by the back-office and the portal. Every query goes through the partner-isolation
/// query filters (funds and entries carry the partner's AccountId), so a portal caller sees only their own.
/// </summary>
public sealed class FundReader(IApplicationDbContext db)
{
    public static readonly IReadOnlyList<string> SortKeys = ["date", "amount"];

    public const int PortalLatestOperations = 10;

    /// <summary>The funds matching <paramref name="filter"/>, by name (then Id).</summary>
    public IQueryable<FundDto> Funds(Expression<Func<Fund, bool>> filter) =>
        from f in db.Funds.AsNoTracking().Where(filter)
        join t in db.FundTypes on f.FundTypeId equals t.Id
        orderby f.Name, f.Id
        select new FundDto(f.Id, f.PartnershipId, f.AccountId, f.FundTypeId, t.Code, f.Name, f.Currency, f.Balance, f.IsActive, f.CreatedAt);

    public async Task<FundDto> GetFundAsync(Guid id, CancellationToken cancellationToken) =>
        await Funds(f => f.Id == id).FirstOr404Async("Fund", id, cancellationToken);

    public async Task<IReadOnlyList<FundDto>> ListFundsAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        await db.Partnerships.Where(p => p.Id == partnershipId).Select(p => p.Id).FirstOr404Async("Partnership", partnershipId, cancellationToken);
        return await Funds(f => f.PartnershipId == partnershipId).ToListAsync(cancellationToken);
    }

    /// <summary>Entries matching <paramref name="filter"/>, in the order of <paramref name="sort"/> (date or amount, '-' for descending; newest first by default) then by Id.</summary>
    public IQueryable<FundEntryDto> Entries(FundEntryFilter filter, string? sort) => Project(Select(filter, sort));

    /// <summary>
    /// Every entry the operations list shows with <paramref name="filter"/> and <paramref name="sort"/>, in the list's
    /// order and without paging, as CSV export rows streamed from the database.
    /// </summary>
    public IAsyncEnumerable<FundEntryExportRow> Export(FundEntryFilter filter, string? sort) =>
        Select(filter, sort).Select(e => new FundEntryExportRow(
                e.CreatedAt,
                db.Accounts.Where(a => a.Id == e.AccountId).Select(a => a.Name).First(),
                db.Funds.Where(f => f.Id == e.FundId).Select(f => f.Name).First(),
                e.Kind,
                e.Description,
                Money.ToDecimal(e.Amount),
                e.Currency,
                e.Amount >= 0 ? "Credit" : "Debit",
                Money.ToDecimal(e.BalanceAfter),
                e.SourceType,
                e.SourceId,
                e.ReversesEntryId,
                db.FundTransactions.Where(r => r.ReversesEntryId == e.Id).Select(r => (Guid?)r.Id).FirstOrDefault(),
                e.OverdraftReason,
                e.CreatedBy,
                e.Id))
            .AsAsyncEnumerable();

    /// <summary>The one query of the list and its export: the filter applied, then the sort (ending with the Id).</summary>
    private IQueryable<FundTransaction> Select(FundEntryFilter filter, string? sort)
    {
        var entries = db.FundTransactions.AsNoTracking();
        if (filter.PartnershipId is { } partnershipId)
        {
            entries = entries.Where(e => e.PartnershipId == partnershipId);
        }

        if (filter.FundId is { } fundId)
        {
            entries = entries.Where(e => e.FundId == fundId);
        }

        if (filter.Kind is { } kind)
        {
            entries = entries.Where(e => e.Kind == kind);
        }

        if (filter.From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.CreatedAt >= start);
        }

        if (filter.To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
            entries = entries.Where(e => e.CreatedAt < end);
        }

        var descending = sort?.StartsWith('-') ?? true;
        entries = (sort?.TrimStart('-') ?? "date") switch
        {
            "amount" => descending ? entries.OrderByDescending(e => e.Amount).ThenByDescending(e => e.Id) : entries.OrderBy(e => e.Amount).ThenBy(e => e.Id),
            _ => descending ? entries.OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id) : entries.OrderBy(e => e.CreatedAt).ThenBy(e => e.Id),
        };
        return entries;
    }

    public Task<Paged<FundEntryDto>> ListEntriesAsync(FundEntryFilter filter, string? sort, int page, int pageSize, CancellationToken cancellationToken) =>
        Entries(filter, sort).ToPagedAsync(page, pageSize, cancellationToken);

    public async Task<FundEntryDto> GetEntryAsync(Guid id, CancellationToken cancellationToken) =>
        await Project(db.FundTransactions.AsNoTracking().Where(e => e.Id == id)).FirstOr404Async("Fund entry", id, cancellationToken);

    public async Task<FundReconciliationDto> ReconcileAsync(Guid fundId, CancellationToken cancellationToken)
    {
        var fund = await db.Funds.AsNoTracking().Where(f => f.Id == fundId)
            .Select(f => new { f.Id, f.Name, f.Currency, f.Balance }).FirstOr404Async("Fund", fundId, cancellationToken);
        var postings = db.FundTransactions.SelectMany(e => e.Postings).Where(p => p.Account == LedgerAccount.Fund && p.FundId == fundId);
        var sum = await postings.SumAsync(p => p.Amount, cancellationToken);
        var count = await db.FundTransactions.CountAsync(e => e.FundId == fundId, cancellationToken);
        return new FundReconciliationDto(fund.Id, fund.Name, fund.Currency, fund.Balance, sum, count);
    }

    /// <summary>Set-based: one query for the global sum, one grouping the fund postings by fund.</summary>
    public async Task<LedgerReconciliationDto> ReconcileLedgerAsync(CancellationToken cancellationToken)
    {
        var global = await db.FundTransactions.SelectMany(e => e.Postings).SumAsync(p => p.Amount, cancellationToken);
        var entryCount = await db.FundTransactions.CountAsync(cancellationToken);
        var sums = await db.FundTransactions.SelectMany(e => e.Postings).Where(p => p.Account == LedgerAccount.Fund)
            .GroupBy(p => p.FundId).Select(g => new { FundId = g.Key, Sum = g.Sum(p => p.Amount), Count = g.Count() })
            .ToDictionaryAsync(g => g.FundId!.Value, cancellationToken);
        var funds = await db.Funds.AsNoTracking().Select(f => new { f.Id, f.Name, f.Currency, f.Balance }).ToListAsync(cancellationToken);
        var mismatches = funds
            .Select(f => new FundReconciliationDto(
                f.Id, f.Name, f.Currency, f.Balance, sums.TryGetValue(f.Id, out var s) ? s.Sum : 0, sums.TryGetValue(f.Id, out var c) ? c.Count : 0))
            .Where(r => !r.Agrees)
            .ToList();
        return new LedgerReconciliationDto(global, funds.Count, entryCount, mismatches);
    }

    /// <summary>The partner's funds of their active partnership, each with its latest operations.</summary>
    public async Task<IReadOnlyList<PortalFundDto>> PortalFundsAsync(Guid partnershipId, CancellationToken cancellationToken)
    {
        var funds = await Funds(f => f.PartnershipId == partnershipId).ToListAsync(cancellationToken);
        var result = new List<PortalFundDto>();
        foreach (var fund in funds)
        {
            var latest = await PortalEntries(fund.Id).Take(PortalLatestOperations).ToListAsync(cancellationToken);
            result.Add(new PortalFundDto(fund.Id, fund.Name, fund.FundTypeCode, fund.Currency, fund.BalanceMinor, latest));
        }

        return result;
    }

    public async Task<Paged<PortalFundEntryDto>> PortalEntriesAsync(Guid fundId, int page, int pageSize, CancellationToken cancellationToken)
    {
        await db.Funds.Where(f => f.Id == fundId).Select(f => f.Id).FirstOr404Async("Fund", fundId, cancellationToken);
        return await PortalEntries(fundId).ToPagedAsync(page, pageSize, cancellationToken);
    }

    private IQueryable<PortalFundEntryDto> PortalEntries(Guid fundId) =>
        db.FundTransactions.AsNoTracking().Where(e => e.FundId == fundId)
            .OrderByDescending(e => e.CreatedAt).ThenByDescending(e => e.Id)
            .Select(e => new PortalFundEntryDto(e.Id, e.Kind, e.Description, e.Amount, e.BalanceAfter, e.CreatedAt));

    private IQueryable<FundEntryDto> Project(IQueryable<FundTransaction> entries) =>
        entries.Select(e => new FundEntryDto(
            e.Id, e.FundId, db.Funds.Where(f => f.Id == e.FundId).Select(f => f.Name).First(), e.PartnershipId, e.Kind, e.Description, e.Amount, e.BalanceAfter, e.Currency, e.SourceType, e.SourceId,
            e.ReversesEntryId,
            db.FundTransactions.Where(r => r.ReversesEntryId == e.Id).Select(r => (Guid?)r.Id).FirstOrDefault(),
            e.OverdraftReason, e.CreatedBy, e.CreatedAt,
            e.Postings.OrderBy(p => p.Line).Select(p => new FundPostingDto(p.Account, p.FundId, p.Amount)).ToList()));
}
