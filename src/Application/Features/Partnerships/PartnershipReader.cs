using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships;

/// <summary>
/// Reads partnerships as DTOs with set-based queries. Shared by the back-office and the portal: for a portal user
/// the partner scope's query filters apply, so a partnership of another partner reads as absent.
/// </summary>
public sealed class PartnershipReader(IApplicationDbContext db)
{
    /// <summary>The keys a list can be sorted by (prefix '-' for descending).</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["name", "account", "startDate", "dueDate", "level", "score"];

    /// <summary>One page of partnerships as lists show them.</summary>
    public async Task<Paged<PartnershipListItemDto>> ListAsync(
        PartnershipFilter filter, string? sort, int page, int pageSize, CancellationToken cancellationToken) =>
        await Project(Select(filter, sort)).ToPagedAsync(page, pageSize, cancellationToken);

    /// <summary>
    /// Every partnership the list shows with <paramref name="filter"/> and <paramref name="sort"/>, in the list's order
    /// and without paging, as CSV export rows streamed from the database (only the exported columns are read).
    /// </summary>
    public IAsyncEnumerable<PartnershipExportRow> Export(PartnershipFilter filter, string? sort) =>
        Select(filter, sort).Select(r => new PartnershipExportRow(
                r.P.Name, r.A.Name, r.T.Name, r.L.Name, r.P.StartDate, r.P.DueDate, r.P.IsActive, r.P.CurrentScore, r.P.TargetScore, r.P.Id))
            .AsAsyncEnumerable();

    /// <summary>The one query of the list and its export: the filter applied, then the sort (ending with the Id).</summary>
    private IQueryable<Row> Select(PartnershipFilter filter, string? sort)
    {
        var rows = Rows();
        if (filter.PartnerTypeId is { } typeId)
        {
            rows = rows.Where(r => r.P.PartnerTypeId == typeId);
        }

        if (filter.PartnerLevelId is { } levelId)
        {
            rows = rows.Where(r => r.P.PartnerLevelId == levelId);
        }

        if (filter.IsActive is { } active)
        {
            rows = rows.Where(r => r.P.IsActive == active);
        }

        if (filter.AtRisk is { } atRisk)
        {
            rows = rows.Where(r => r.P.AtRisk == atRisk);
        }

        if (filter.AccountId is { } accountId)
        {
            rows = rows.Where(r => r.P.AccountId == accountId);
        }

        if (PrefixSearch.Range(filter.Search) is var (from, to))
        {
            rows = rows.Where(r => r.A.NormalizedName.CompareTo(from) >= 0 && r.A.NormalizedName.CompareTo(to) < 0);
        }

        return Sort(rows, sort);
    }

    /// <summary>The partnership page; 404 when the partnership is not there (or not visible to the caller).</summary>
    public async Task<PartnershipDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await ReadAsync(id, cancellationToken) ?? throw new NotFoundException("Partnership", id);

    /// <summary>The partnership page, or null when the partnership is not there (or not visible to the caller).</summary>
    public async Task<PartnershipDto?> ReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var summary = await Project(Rows().Where(r => r.P.Id == id)).FirstOrDefaultAsync(cancellationToken);
        if (summary is null)
        {
            return null;
        }

        var parameters = await (
            from p in db.PartnershipParameters.AsNoTracking().Where(p => p.PartnershipId == id)
            join c in db.ParameterCategories on p.CategoryId equals c.Id
            orderby c.Name
            select new { p.Id, p.CategoryId, CategoryName = c.Name, c.Metric, p.Kind, p.Role, p.Value, p.Score, p.OverrideReason })
            .ToListAsync(cancellationToken);
        var nextLevelName = await db.PartnerLevels.AsNoTracking()
            .Where(l => l.PartnerTypeId == summary.PartnerTypeId && l.Number > db.PartnerLevels.Where(x => x.Id == summary.PartnerLevelId).Select(x => x.Number).First())
            .OrderBy(l => l.Number).Select(l => l.Name).FirstOrDefaultAsync(cancellationToken);

        var obligations =
            from current in parameters.Where(p => p.Kind == ParameterKind.Obligation && p.Role == ParameterRole.Current)
            join target in parameters.Where(p => p.Kind == ParameterKind.Obligation && p.Role == ParameterRole.Target) on current.CategoryId equals target.CategoryId
            select new ObligationDto(
                current.CategoryId, current.CategoryName, current.Metric, current.Id, current.Value.Type,
                target.Value.Numeric,
                current.Value.Numeric,
                target.Score, current.Score, ParameterCategory.IsComputedMetric(current.Metric), current.OverrideReason);
        var benefits = parameters.Where(p => p.Kind == ParameterKind.Benefit).Select(p => new BenefitDto(
            p.Id, p.CategoryId, p.CategoryName, p.Metric, p.Value.Type, p.Value.Display()));

        return new PartnershipDto(
            summary,
            TierScoring.IsPromotionEligible(summary.TargetScore, summary.CurrentScore, nextLevelName is not null),
            nextLevelName,
            [.. obligations],
            [.. benefits]);
    }

    /// <summary>One page of the parameter history, newest first, or null when the partnership is not there (or not visible).</summary>
    public async Task<Paged<ParameterHistoryDto>?> HistoryAsync(Guid id, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!await db.Partnerships.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return null;
        }

        return await (
            from h in db.ParameterHistory.AsNoTracking().Where(h => h.PartnershipId == id)
            join c in db.ParameterCategories on h.CategoryId equals c.Id
            orderby h.ValidFrom descending, c.Name, h.Role, h.Id
            select new ParameterHistoryDto(
                h.Id, h.ParameterId, c.Name, h.Kind, h.Role, h.Value.Display(),
                h.Score, h.ValidFrom, h.ValidTo, h.ChangedBy))
            .ToPagedAsync(page, pageSize, cancellationToken);
    }

    /// <summary>One page of the event log, newest first (employees' view), or null when the partnership is not there (or not visible).</summary>
    public async Task<Paged<PartnershipEventDto>?> EventsAsync(Guid id, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await EventRowsAsync(id, page, pageSize, cancellationToken);
        return rows is null ? null : new Paged<PartnershipEventDto>(
            [.. rows.Items.Select(r => new PartnershipEventDto(r.Id, r.Kind, r.At, EmployeeText(r), r.By, r.Reason))], rows.Page, rows.PageSize, rows.TotalCount);
    }

    /// <summary>One page of the partner's timeline, newest first: the same events worded for the partner, without names or reasons.</summary>
    public async Task<Paged<ProgramEventDto>?> ProgramEventsAsync(Guid id, int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await EventRowsAsync(id, page, pageSize, cancellationToken);
        return rows is null ? null : new Paged<ProgramEventDto>(
            [.. rows.Items.Select(r => new ProgramEventDto(r.Id, r.Kind, r.At, PartnerText(r)))], rows.Page, rows.PageSize, rows.TotalCount);
    }

    private static string EmployeeText(EventRow r)
    {
        var by = r.By is null ? string.Empty : $" by {r.By}";
        return r.Kind switch
        {
            PartnershipEventKind.Created => $"Created at {r.ToLevel}{by}",
            PartnershipEventKind.Promoted => $"Promoted from {r.FromLevel} to {r.ToLevel}{by}",
            PartnershipEventKind.LevelOverridden => $"Level overridden from {r.FromLevel} to {r.ToLevel}{by}",
            PartnershipEventKind.LevelReapplied => $"Re-applied the current terms of {r.ToLevel}{by}",
            PartnershipEventKind.Activated => $"Activated{by}",
            PartnershipEventKind.Deactivated => $"Deactivated{by}",
            _ => $"{r.Category}: {r.OldValue} → {r.NewValue}{by}",
        };
    }

    private static string PartnerText(EventRow r) => r.Kind switch
    {
        PartnershipEventKind.Created => $"Your partnership started at level {r.ToLevel}",
        PartnershipEventKind.Promoted => $"Promoted from {r.FromLevel} to {r.ToLevel}",
        PartnershipEventKind.LevelOverridden => $"Level changed from {r.FromLevel} to {r.ToLevel} by your partner manager",
        PartnershipEventKind.LevelReapplied => $"The terms of level {r.ToLevel} were updated",
        PartnershipEventKind.Activated => "Partnership activated",
        PartnershipEventKind.Deactivated => "Partnership ended",
        _ => $"{r.Category}: {r.OldValue} → {r.NewValue}",
    };

    private async Task<Paged<EventRow>?> EventRowsAsync(Guid id, int page, int pageSize, CancellationToken cancellationToken)
    {
        if (!await db.Partnerships.AnyAsync(p => p.Id == id, cancellationToken))
        {
            return null;
        }

        return await (
            from e in db.PartnershipEvents.AsNoTracking().Where(e => e.PartnershipId == id)
            orderby e.At descending, e.Id descending
            select new EventRow
            {
                Id = e.Id,
                Kind = e.Kind,
                At = e.At,
                By = e.By,
                Reason = e.Reason,
                OldValue = e.OldValue,
                NewValue = e.NewValue,
                FromLevel = db.PartnerLevels.Where(l => l.Id == e.FromLevelId).Select(l => l.Name).FirstOrDefault(),
                ToLevel = db.PartnerLevels.Where(l => l.Id == e.ToLevelId).Select(l => l.Name).FirstOrDefault(),
                Category = db.ParameterCategories.Where(c => c.Id == e.CategoryId).Select(c => c.Name).FirstOrDefault(),
            })
            .ToPagedAsync(page, pageSize, cancellationToken);
    }

    private sealed class EventRow
    {
        public Guid Id { get; init; }

        public PartnershipEventKind Kind { get; init; }

        public DateTime At { get; init; }

        public string? By { get; init; }

        public string? Reason { get; init; }

        public string? OldValue { get; init; }

        public string? NewValue { get; init; }

        public string? FromLevel { get; init; }

        public string? ToLevel { get; init; }

        public string? Category { get; init; }
    }

    private static IQueryable<Row> Sort(IQueryable<Row> rows, string? sort)
    {
        var descending = sort?.StartsWith('-') == true;
        IOrderedQueryable<Row> sorted = sort?.TrimStart('-') switch
        {
            "account" => descending ? rows.OrderByDescending(r => r.A.Name) : rows.OrderBy(r => r.A.Name),
            "startDate" => descending ? rows.OrderByDescending(r => r.P.StartDate) : rows.OrderBy(r => r.P.StartDate),
            "dueDate" => descending ? rows.OrderByDescending(r => r.P.DueDate) : rows.OrderBy(r => r.P.DueDate),
            "level" => descending ? rows.OrderByDescending(r => r.L.Number).ThenBy(r => r.P.Name) : rows.OrderBy(r => r.L.Number).ThenBy(r => r.P.Name),
            "score" => descending ? rows.OrderByDescending(r => r.P.CurrentScore) : rows.OrderBy(r => r.P.CurrentScore),
            _ => descending ? rows.OrderByDescending(r => r.P.Name) : rows.OrderBy(r => r.P.Name),
        };

        // A unique key last: pages neither repeat nor skip rows, and the export has the list's exact order.
        return sorted.ThenBy(r => r.P.Id);
    }

    private IQueryable<Row> Rows() =>
        from p in db.Partnerships.AsNoTracking()
        join a in db.Accounts on p.AccountId equals a.Id
        join t in db.PartnerTypes on p.PartnerTypeId equals t.Id
        join l in db.PartnerLevels on p.PartnerLevelId equals l.Id
        select new Row { P = p, A = a, T = t, L = l };

    private IQueryable<PartnershipListItemDto> Project(IQueryable<Row> rows) =>
        rows.Select(r => new PartnershipListItemDto(
            r.P.Id, r.P.Name, r.A.Id, r.A.Name, r.T.Id, r.T.Name, r.L.Id, r.L.Name,
            db.PartnerLevels.Count(x => x.PartnerTypeId == r.P.PartnerTypeId && x.Number <= r.L.Number),
            db.PartnerLevels.Count(x => x.PartnerTypeId == r.P.PartnerTypeId),
            r.P.StartDate, r.P.DueDate, r.P.IsActive, r.P.CurrentScore, r.P.TargetScore, r.P.ScoreLeft, r.P.LevelSince, r.P.AtRisk));

    private sealed class Row
    {
        public required Partnership P { get; init; }

        public required Account A { get; init; }

        public required PartnerType T { get; init; }

        public required PartnerLevel L { get; init; }
    }
}
