using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.MarketingActivities;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.MarketingActivities;

/// <summary>
/// Reads activities as DTOs with set-based queries, for the back-office and the portal alike: for a portal user the
/// partner scope's query filters apply, so another partner's activity reads as absent (404) and never shows in a list.
/// </summary>
public sealed class MarketingActivityReader(IApplicationDbContext db, PartnerScope scope)
{
    /// <summary>The keys a list can be sorted by (prefix '-' for descending); the default is newest first.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["createdAt", "submittedAt", "name", "account", "startDate", "dueDate", "status", "proposedBudget"];

    public async Task<Paged<MarketingActivityListItemDto>> ListAsync(
        MarketingActivityFilter filter, string? sort, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = Rows();
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.M.Status == status);
        }

        if (filter.PartnershipId is { } partnershipId)
        {
            rows = rows.Where(r => r.M.PartnershipId == partnershipId);
        }

        if (filter.AccountId is { } accountId)
        {
            rows = rows.Where(r => r.M.AccountId == accountId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var pattern = $"%{filter.Search.Trim().ToLower()}%";
            rows = rows.Where(r => EF.Functions.Like(r.M.Name.ToLower(), pattern));
        }

        return await Sort(rows, sort)
            .Select(r => new MarketingActivityListItemDto(
                r.M.Id, r.M.AccountId, r.A.Name, r.M.PartnershipId, r.P.Name, r.M.Name, r.M.Type, r.M.Status, r.M.StartDate, r.M.DueDate,
                r.M.Currency, r.M.ProposedBudget, r.M.ApprovedBudget, r.M.SpentBudget, r.M.FundId, r.M.OwnerId, r.M.CreatedAt, r.M.SubmittedAt,
                r.M.ApprovedAt))
            .ToPagedAsync(page, pageSize, cancellationToken);
    }

    /// <summary>One activity with its history, newest first; 404 when it is not there (or not visible to the caller).</summary>
    public async Task<MarketingActivityDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await Rows().Where(r => r.M.Id == id)
            .Select(r => new
            {
                r.M,
                AccountName = r.A.Name,
                PartnershipName = r.P.Name,
                OwnerName = (from u in db.PortalUsers
                             join c in db.Contacts on u.ContactId equals c.Id
                             where u.Id == r.M.OwnerId
                             select c.Name).FirstOrDefault(),
                ProposedByName = (from u in db.PortalUsers
                                  join c in db.Contacts on u.ContactId equals c.Id
                                  where u.Id == r.M.ProposedBy
                                  select c.Name).FirstOrDefault(),
            })
            .FirstOr404Async("Marketing activity", id, cancellationToken);
        var events = await db.MarketingActivityEvents.AsNoTracking().Where(e => e.ActivityId == id)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new MarketingActivityEventDto(e.Id, e.At, e.FromStatus, e.ToStatus, e.By, e.ByPartner, e.Note))
            .ToListAsync(cancellationToken);
        if (scope.IsPortal)
        {
            // Partners see what their own colleagues did by name, and the vendor's decisions without employee names.
            events = [.. events.Select(e => e.ByPartner ? e : e with { By = null })];
        }

        var m = row.M;
        return new MarketingActivityDto(
            m.Id, m.AccountId, row.AccountName, m.PartnershipId, row.PartnershipName, m.Name, m.Type, m.Status, m.StartDate, m.DueDate,
            m.Description, m.Url, m.Currency, m.ProposedBudget, m.ApprovedBudget, m.SpentBudget, m.FundId, await FundNameAsync(m.FundId, cancellationToken),
            m.OwnerId, row.OwnerName, m.ProposedBy, row.ProposedByName, m.RejectionReason, m.CreatedAt, m.SubmittedAt, m.ApprovedAt, m.ClosedAt, events);
    }

    private async Task<string?> FundNameAsync(Guid? fundId, CancellationToken cancellationToken) =>
        fundId is { } id ? await db.Funds.AsNoTracking().Where(f => f.Id == id).Select(f => f.Name).FirstOrDefaultAsync(cancellationToken) : null;

    private static IQueryable<Row> Sort(IQueryable<Row> rows, string? sort)
    {
        var descending = sort is null || sort.StartsWith('-');
        IOrderedQueryable<Row> ordered = (sort?.TrimStart('-') ?? "createdAt") switch
        {
            "submittedAt" => descending ? rows.OrderByDescending(r => r.M.SubmittedAt) : rows.OrderBy(r => r.M.SubmittedAt),
            "name" => descending ? rows.OrderByDescending(r => r.M.Name) : rows.OrderBy(r => r.M.Name),
            "account" => descending ? rows.OrderByDescending(r => r.A.Name) : rows.OrderBy(r => r.A.Name),
            "startDate" => descending ? rows.OrderByDescending(r => r.M.StartDate) : rows.OrderBy(r => r.M.StartDate),
            "dueDate" => descending ? rows.OrderByDescending(r => r.M.DueDate) : rows.OrderBy(r => r.M.DueDate),
            "status" => descending ? rows.OrderByDescending(r => r.M.Status) : rows.OrderBy(r => r.M.Status),
            "proposedBudget" => descending ? rows.OrderByDescending(r => r.M.ProposedBudget) : rows.OrderBy(r => r.M.ProposedBudget),
            _ => descending ? rows.OrderByDescending(r => r.M.CreatedAt) : rows.OrderBy(r => r.M.CreatedAt),
        };
        return descending ? ordered.ThenByDescending(r => r.M.Id) : ordered.ThenBy(r => r.M.Id);
    }

    private IQueryable<Row> Rows() =>
        from m in db.MarketingActivities.AsNoTracking()
        join a in db.Accounts on m.AccountId equals a.Id
        join p in db.Partnerships on m.PartnershipId equals p.Id
        select new Row { M = m, A = a, P = p };

    private sealed class Row
    {
        public required MarketingActivity M { get; init; }

        public required Account A { get; init; }

        public required Partnership P { get; init; }
    }
}
