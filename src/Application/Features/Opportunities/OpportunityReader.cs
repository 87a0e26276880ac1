using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities;

/// <summary>
/// Reads opportunities as DTOs for the back-office and the portal alike. For a portal user the query filter leaves only
/// the partner's own opportunities (invariant 12, ADR-004) and their history entries of its time.
/// </summary>
public sealed class OpportunityReader(IApplicationDbContext db, PartnerScope scope, IEmployeeDirectory employees, IOptions<AppOptions> app)
{
    /// <summary>The keys a list can be sorted by (prefix '-' for descending); the default is newest first.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["createdAt", "updatedAt", "amount"];

    public async Task<KeysetPage<OpportunityListItemDto>> ListAsync(OpportunityFilter filter, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var page = await PageAsync(Filtered(db.Opportunities.AsNoTracking(), filter), sort, cursor, limit, cancellationToken);
        if (scope.IsPortal)
        {
            return page;
        }

        // The vendor's own opportunities are owned by employees, whose names live in the identity store: one look-up a page.
        var employeeIds = page.Items.Where(o => o.OwnerName is null && o.EmployeeOwnerId is not null).Select(o => o.EmployeeOwnerId!.Value).Distinct().ToList();
        if (employeeIds.Count == 0)
        {
            return page;
        }

        var names = await employees.NamesAsync(employeeIds, cancellationToken);
        return page with
        {
            Items = [.. page.Items.Select(o => o.OwnerName is null && o.EmployeeOwnerId is { } e ? o with { OwnerName = names.GetValueOrDefault(e) } : o)],
        };
    }

    /// <summary>The export: the list's filter and sort, every row, only the exported columns.</summary>
    public IAsyncEnumerable<OpportunityExportRow> Export(OpportunityFilter filter, string? sort)
    {
        var (key, descending) = Keyset.ParseSort(sort, "createdAt");
        var rows = Filtered(db.Opportunities.AsNoTracking(), filter);
        rows = key switch
        {
            "updatedAt" => descending ? rows.OrderByDescending(o => o.UpdatedAt).ThenByDescending(o => o.Id) : rows.OrderBy(o => o.UpdatedAt).ThenBy(o => o.Id),
            "amount" => descending ? rows.OrderByDescending(o => o.AmountMinor).ThenByDescending(o => o.Id) : rows.OrderBy(o => o.AmountMinor).ThenBy(o => o.Id),
            _ => descending ? rows.OrderByDescending(o => o.CreatedAt).ThenByDescending(o => o.Id) : rows.OrderBy(o => o.CreatedAt).ThenBy(o => o.Id),
        };
        return rows.Select(o => new
            {
                o.CreatedAt, o.Name, o.Stage, o.Customer, o.AmountMinor, o.Currency, o.ExpectedCloseDate,
                PartnerName = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(),
                o.NextStep, o.ClosedAt, o.Id,
            })
            .AsAsyncEnumerable()
            .Select(r => new OpportunityExportRow(
                r.CreatedAt, r.Name, r.Stage, r.Customer, Money.ToDecimal(r.AmountMinor), r.Currency, r.ExpectedCloseDate, r.PartnerName, r.NextStep, r.ClosedAt, r.Id));
    }

    /// <summary>
    /// The pipeline: per stage, in stage order, the count and total amount of the filtered opportunities, from ONE grouped
    /// query (no rows are loaded); a stage without opportunities shows zero in the installation's currency. A portal
    /// user's query filter confines it to the partner's own. Rows of another currency (none today: D5) get their own entry.
    /// </summary>
    public async Task<IReadOnlyList<PipelineStageDto>> PipelineAsync(OpportunityFilter filter, CancellationToken cancellationToken)
    {
        var groups = await Filtered(db.Opportunities.AsNoTracking(), filter)
            .GroupBy(o => new { o.Stage, o.Currency })
            .Select(g => new { g.Key.Stage, g.Key.Currency, Count = g.Count(), AmountMinor = g.Sum(o => o.AmountMinor) })
            .ToListAsync(cancellationToken);
        return
        [
            .. Enum.GetValues<OpportunityStage>().SelectMany(stage =>
            {
                var rows = groups.Where(g => g.Stage == stage).OrderBy(g => g.Currency, StringComparer.Ordinal).ToList();
                return rows.Count == 0
                    ? [new PipelineStageDto(stage, 0, 0, app.Value.Currency)]
                    : rows.Select(g => new PipelineStageDto(stage, g.Count, g.AmountMinor, g.Currency));
            }),
        ];
    }

    /// <summary>One opportunity with its history; 404 when it is not there or not visible to the caller.</summary>
    public async Task<OpportunityDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Opportunities.AsNoTracking().Where(o => o.Id == id)
            .Select(o => new
            {
                Opportunity = o,
                PartnerName = db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(),
                OwnerName = (from u in db.PortalUsers
                             join c in db.Contacts on u.ContactId equals c.Id
                             where u.Id == o.OwnerId
                             select c.Name).FirstOrDefault(),
            })
            .FirstOr404Async("Opportunity", id, cancellationToken);
        var history = await db.OpportunityEvents.AsNoTracking().Where(e => e.OpportunityId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new OpportunityEventDto(e.Id, e.At, e.What, e.Stage, e.By, e.ByPartner, e.Note))
            .ToListAsync(cancellationToken);
        var o = row.Opportunity;
        string? employeeOwner = null;
        if (scope.IsPortal)
        {
            // A partner reads who of its own people acted, never an employee's name.
            history = [.. history.Select(e => e.ByPartner ? e : e with { By = null })];
        }
        else if (o.EmployeeOwnerId is { } employeeId)
        {
            employeeOwner = (await employees.NamesAsync([employeeId], cancellationToken)).GetValueOrDefault(employeeId);
        }

        return new OpportunityDto(
            o.Id, o.Name, o.Stage, o.CustomerAccountId, o.Customer, o.AmountMinor, o.Currency, o.ExpectedCloseDate, o.AccountId, row.PartnerName,
            o.OwnerId, row.OwnerName, o.EmployeeOwnerId, employeeOwner, o.NextStep, o.Notes, o.LeadId, o.DealRegistrationId, o.CreatedAt, o.UpdatedAt,
            o.ClosedAt, o.FundPercent, o.FundCreditMinor, history);
    }

    private IQueryable<Opportunity> Filtered(IQueryable<Opportunity> rows, OpportunityFilter filter)
    {
        // The query filter confines a partner already (ADR-004); its "no scope OR AccountId = @id" form hides the
        // (AccountId, ...) indexes from the planner, so the partner's own rows are also asked for plainly.
        if (scope.AccountId is { } own)
        {
            rows = rows.Where(o => o.AccountId == own);
        }

        if (filter.Stage is { } stage)
        {
            rows = rows.Where(o => o.Stage == stage);
        }

        if (filter.PartnerAccountId is { } partner)
        {
            rows = rows.Where(o => o.AccountId == partner);
        }

        if (filter.OwnerId is { } owner)
        {
            rows = rows.Where(o => o.OwnerId == owner || o.EmployeeOwnerId == owner);
        }

        return rows;
    }

    private Task<KeysetPage<OpportunityListItemDto>> PageAsync(
        IQueryable<Opportunity> rows, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var (key, descending) = Keyset.ParseSort(sort, "createdAt");
        var select = ListItem();
        return key switch
        {
            "updatedAt" => rows.ToKeysetPageAsync(key, o => o.UpdatedAt, o => o.Id, descending, cursor, limit, select, r => r.UpdatedAt, r => r.Id, cancellationToken),
            "amount" => rows.ToKeysetPageAsync(key, o => o.AmountMinor, o => o.Id, descending, cursor, limit, select, r => r.AmountMinor, r => r.Id, cancellationToken),
            _ => rows.ToKeysetPageAsync(key, o => o.CreatedAt, o => o.Id, descending, cursor, limit, select, r => r.CreatedAt, r => r.Id, cancellationToken),
        };
    }


    private Expression<Func<Opportunity, OpportunityListItemDto>> ListItem() =>
        o => new OpportunityListItemDto(
            o.Id, o.Name, o.Stage, o.Customer, o.AmountMinor, o.Currency, o.ExpectedCloseDate, o.AccountId,
            db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(),
            o.OwnerId,
            (from u in db.PortalUsers
             join c in db.Contacts on u.ContactId equals c.Id
             where u.Id == o.OwnerId
             select c.Name).FirstOrDefault(),
            o.EmployeeOwnerId, o.NextStep, o.CreatedAt, o.UpdatedAt, o.ClosedAt);
}
