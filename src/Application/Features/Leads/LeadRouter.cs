using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// Automatic assignment (W5, issue 9): the eligible partners are those with an active partnership, of the lead's region
/// (or any, when the lead has none), that never declined the lead or let its offer expire, and that hold fewer open
/// offers than their capacity. The score is the partnership's routing weight; among equal scores the partner idle
/// longest (oldest last offer, or never offered) comes first. Weight and capacity are level benefits read from the
/// partnership's own copy (D16), with defaults 1 and <see cref="LeadOptions.DefaultOpenOfferCapacity"/>. Every run
/// stores its candidates, scores and reason (<see cref="LeadRoutingDecision"/>).
/// It runs for the vendor also when a partner's decline triggers it, so it reads across partners past the query
/// filters; it returns nothing of other partners to the caller.
/// </summary>
public sealed class LeadRouter(IApplicationDbContext db, IOptions<LeadOptions> options)
{
    public const decimal DefaultWeight = 1m;

    /// <summary>Offers the lead to the best eligible partner and records why; null (also recorded) when none is eligible.</summary>
    public async Task<LeadOffer?> RouteAsync(Lead lead, string trigger, LeadActor actor, CancellationToken cancellationToken)
    {
        // Who declined or let an offer expire: stored ones, and this unit of work's (a decline not saved yet).
        var excluded = (await db.LeadOffers.IgnoreQueryFilters()
                .Where(o => o.LeadId == lead.Id && (o.State == LeadOfferState.Declined || o.State == LeadOfferState.Expired))
                .Select(o => new { o.AccountId, o.State })
                .ToListAsync(cancellationToken))
            .Concat(lead.Offers.Where(o => o.State is LeadOfferState.Declined or LeadOfferState.Expired).Select(o => new { o.AccountId, o.State }))
            .GroupBy(o => o.AccountId)
            .ToDictionary(g => g.Key, g => g.Any(o => o.State == LeadOfferState.Declined) ? "declined this lead" : "let an offer of this lead expire");

        var partners = await (from p in db.Partnerships.IgnoreQueryFilters()
                              join a in db.Accounts.IgnoreQueryFilters() on p.AccountId equals a.Id
                              where p.IsActive && a.Type == AccountType.Partner
                              select new { PartnershipId = p.Id, p.AccountId, a.Name, a.Region })
            .ToListAsync(cancellationToken);
        var region = lead.Region?.Trim();
        var inRegion = partners.Where(p => region is null || string.Equals(p.Region?.Trim(), region, StringComparison.OrdinalIgnoreCase)).ToList();
        var partnershipIds = inRegion.Select(p => p.PartnershipId).ToList();
        var accountIds = inRegion.Select(p => p.AccountId).ToList();

        var benefits = await (from pp in db.PartnershipParameters.IgnoreQueryFilters()
                              join c in db.ParameterCategories on pp.CategoryId equals c.Id
                              where partnershipIds.Contains(pp.PartnershipId) && pp.Kind == ParameterKind.Benefit
                                    && (c.Metric == MetricCode.LeadRoutingWeight || c.Metric == MetricCode.LeadOpenOfferCapacity)
                              select new { pp.PartnershipId, c.Metric, pp.Value.Number })
            .ToListAsync(cancellationToken);
        var load = await db.LeadOffers.IgnoreQueryFilters().Where(o => accountIds.Contains(o.AccountId))
            .GroupBy(o => o.AccountId)
            .Select(g => new { AccountId = g.Key, Open = g.Count(o => o.State == LeadOfferState.Open), Last = g.Max(o => o.OfferedAt) })
            .ToListAsync(cancellationToken);

        var candidates = inRegion.Select(p =>
            {
                var weight = benefits.Where(b => b.PartnershipId == p.PartnershipId && b.Metric == MetricCode.LeadRoutingWeight).Select(b => b.Number).FirstOrDefault()
                    ?? DefaultWeight;
                var capacity = (int)(benefits.Where(b => b.PartnershipId == p.PartnershipId && b.Metric == MetricCode.LeadOpenOfferCapacity)
                    .Select(b => b.Number).FirstOrDefault() ?? options.Value.DefaultOpenOfferCapacity);
                var stats = load.FirstOrDefault(l => l.AccountId == p.AccountId);
                var open = stats?.Open ?? 0;
                var why = excluded.TryGetValue(p.AccountId, out var reason) ? reason
                    : weight <= 0 ? "routing weight 0"
                    : open >= capacity ? $"at capacity ({open} of {capacity} open offers)"
                    : null;
                return new Candidate(p.AccountId, p.Name, weight, open, capacity, stats?.Last, why);
            })
            .ToList();
        var ranked = candidates.Where(c => c.ExcludedBecause is null)
            .OrderByDescending(c => c.Weight)
            .ThenBy(c => c.LastOfferedAt ?? DateTime.MinValue)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(c => c.AccountId)
            .ToList();

        var chosen = ranked.FirstOrDefault();
        var reasonText = Explain(chosen, ranked, candidates.Count, partners.Count - inRegion.Count, region);
        LeadOffer? offer = null;
        if (chosen is not null)
        {
            offer = lead.Offer(chosen.AccountId, null, Deadline(actor.At), actor, reasonText);
        }

        db.LeadRoutingDecisions.Add(LeadRoutingDecision.Record(
            lead.Id,
            actor.At,
            trigger,
            candidates.Select(c => new LeadRoutingCandidate(
                c.AccountId, c.Weight, c.OpenOffers, c.Capacity, c.LastOfferedAt, ranked.IndexOf(c) is var i and >= 0 ? i + 1 : null, c.ExcludedBecause)),
            chosen?.AccountId,
            offer?.Id,
            reasonText));
        return offer;
    }

    /// <summary>When an offer made at <paramref name="from"/> expires (setting <c>Leads:OfferHours</c>).</summary>
    public DateTime Deadline(DateTime from) => from.AddHours(Math.Max(1, options.Value.OfferHours));

    private static string Explain(Candidate? chosen, List<Candidate> ranked, int considered, int otherRegions, string? region)
    {
        var scope = region is null ? "any region" : $"region {region}";
        var others = otherRegions > 0 ? $"; {otherRegions} partner(s) of other regions not considered" : string.Empty;
        if (chosen is null)
        {
            return $"No eligible partner: {considered} partner(s) of {scope} considered, none eligible{others}.";
        }

        var weight = chosen.Weight.ToString("0.##", CultureInfo.InvariantCulture);
        var ties = ranked.Count(c => c.Weight == chosen.Weight);
        var idle = chosen.LastOfferedAt is { } last ? $"last offered a lead {last:yyyy-MM-dd HH:mm} UTC" : "never offered a lead";
        var tieText = ties > 1 ? $"; idle longest among {ties} partners of that weight ({idle})" : string.Empty;
        return $"{chosen.Name}: highest routing weight ({weight}){tieText}; {ranked.Count} of {considered} partner(s) of {scope} eligible{others}.";
    }

    private sealed record Candidate(Guid AccountId, string Name, decimal Weight, int OpenOffers, int Capacity, DateTime? LastOfferedAt, string? ExcludedBecause);
}
