using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.MarketingActivities;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.Orders;
using PartnerPortal.Domain.PartnerProgram;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.Tiers;

/// <summary>One metric of one partnership: counted in its evaluation window, and over its whole period.</summary>
public readonly record struct Measurement(decimal Window, decimal Period);

/// <summary>
/// D3: the metrics, measured from the source records for a whole batch of partnerships at once: one grouped query per
/// metric, each joining the batch to the records of its partners, never a query per partnership. A record counts
/// when its date falls in the period (from the start date to the due date plus <c>extraDays</c>, the renewal's grace);
/// the window narrows that to the time since the level was reached when progress restarts on promotion (D2).
/// </summary>
public sealed class TierMetrics(IApplicationDbContext db)
{
    public async Task<IReadOnlyDictionary<Guid, IReadOnlyDictionary<MetricCode, Measurement>>> MeasureAsync(
        IQueryable<Partnership> batch, IReadOnlySet<MetricCode> metrics, bool resetProgressOnPromotion, int extraDays, DateOnly today,
        CancellationToken cancellationToken)
    {
        var result = new Dictionary<Guid, Dictionary<MetricCode, Measurement>>();
        void Put(MetricCode metric, IEnumerable<Row> rows)
        {
            foreach (var row in rows)
            {
                if (!result.TryGetValue(row.Id, out var values))
                {
                    result[row.Id] = values = [];
                }

                values[metric] = new Measurement(row.Window, row.Period);
            }
        }

        var reset = resetProgressOnPromotion;
        if (metrics.Contains(MetricCode.LeadsNumber))
        {
            // Leads the partner holds, not disqualified, created in the window.
            Put(MetricCode.LeadsNumber, (await (
                from p in batch
                join l in db.Leads on p.AccountId equals l.AccountId
                where l.Status != LeadStatus.Disqualified
                    && DateOnly.FromDateTime(l.CreatedAt) >= p.StartDate && DateOnly.FromDateTime(l.CreatedAt) <= p.DueDate.AddDays(extraDays)
                group l.CreatedAt by new { p.Id, p.LevelSince } into g
                select new CountRow(g.Key.Id, g.Count(at => !reset || at >= g.Key.LevelSince), g.Count()))
                .ToListAsync(cancellationToken)).Select(r => r.ToRow()));
        }

        if (metrics.Contains(MetricCode.OpportunityAmount))
        {
            // The amounts of the partner's opportunities closed won in the window (D5: one currency).
            var rows = await (
                from p in batch
                join o in db.Opportunities on p.AccountId equals o.AccountId
                where o.Stage == OpportunityStage.ClosedWon && o.ClosedAt != null
                    && DateOnly.FromDateTime(o.ClosedAt.Value) >= p.StartDate && DateOnly.FromDateTime(o.ClosedAt.Value) <= p.DueDate.AddDays(extraDays)
                group new { At = o.ClosedAt!.Value, o.AmountMinor } by new { p.Id, p.LevelSince } into g
                select new MinorRow(g.Key.Id, g.Sum(x => !reset || x.At >= g.Key.LevelSince ? x.AmountMinor : 0L), g.Sum(x => x.AmountMinor)))
                .ToListAsync(cancellationToken);
            Put(MetricCode.OpportunityAmount, rows.Select(r => r.ToRow()));
        }

        if (metrics.Contains(MetricCode.TotalSales))
        {
            // The totals of the partner's orders confirmed in the window and not cancelled since.
            var rows = await (
                from p in batch
                join o in db.Orders on p.AccountId equals o.AccountId
                where (o.Status == OrderStatus.Confirmed || o.Status == OrderStatus.Delivered) && o.ConfirmedAt != null
                    && DateOnly.FromDateTime(o.ConfirmedAt.Value) >= p.StartDate && DateOnly.FromDateTime(o.ConfirmedAt.Value) <= p.DueDate.AddDays(extraDays)
                group new { At = o.ConfirmedAt!.Value, o.TotalMinor } by new { p.Id, p.LevelSince } into g
                select new MinorRow(g.Key.Id, g.Sum(x => !reset || x.At >= g.Key.LevelSince ? x.TotalMinor : 0L), g.Sum(x => x.TotalMinor)))
                .ToListAsync(cancellationToken);
            Put(MetricCode.TotalSales, rows.Select(r => r.ToRow()));
        }

        if (metrics.Contains(MetricCode.MarketingActivities))
        {
            // The partner's activities approved in the window and still approved or completed.
            Put(MetricCode.MarketingActivities, (await (
                from p in batch
                join a in db.MarketingActivities on p.AccountId equals a.AccountId
                where (a.Status == MarketingActivityStatus.Approved || a.Status == MarketingActivityStatus.Completed) && a.ApprovedAt != null
                    && DateOnly.FromDateTime(a.ApprovedAt.Value) >= p.StartDate && DateOnly.FromDateTime(a.ApprovedAt.Value) <= p.DueDate.AddDays(extraDays)
                group a.ApprovedAt!.Value by new { p.Id, p.LevelSince } into g
                select new CountRow(g.Key.Id, g.Count(at => !reset || at >= g.Key.LevelSince), g.Count()))
                .ToListAsync(cancellationToken)).Select(r => r.ToRow()));
        }

        if (metrics.Contains(MetricCode.CertifiedExperts))
        {
            // The partner's contacts holding a certificate valid on the evaluation day (a state, not a window).
            Put(MetricCode.CertifiedExperts, (await (
                from p in batch
                join c in db.Certificates on p.AccountId equals c.AccountId
                where c.IssuedOn <= today && (c.ExpiresOn == null || c.ExpiresOn >= today)
                group c.ContactId by p.Id into g
                select new CountRow(g.Key, g.Distinct().Count(), g.Distinct().Count()))
                .ToListAsync(cancellationToken)).Select(r => r.ToRow()));
        }

        return result.ToDictionary(r => r.Key, r => (IReadOnlyDictionary<MetricCode, Measurement>)r.Value);
    }

    private sealed record Row(Guid Id, decimal Window, decimal Period);

    private sealed record CountRow(Guid Id, int Window, int Period)
    {
        public Row ToRow() => new(Id, Window, Period);
    }

    private sealed record MinorRow(Guid Id, long Window, long Period)
    {
        public Row ToRow() => new(Id, Window / 100m, Period / 100m);
    }
}
