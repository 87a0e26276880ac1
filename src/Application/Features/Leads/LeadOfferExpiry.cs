using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// The work of the <c>lead-offer-expiry</c> job (W5): every open offer past its deadline expires and its lead is
/// re-offered to the next eligible partner (never one who declined it or let an offer of it expire). Each lead is saved
/// on its own; a partner answering at the same moment wins (the lead's version moved) and the lead is left to them.
/// Before that, an open offer within <see cref="LeadOptions.ReminderHours"/> of its deadline reminds the partner once.
/// Runs outside any partner scope.
/// </summary>
public sealed class LeadOfferExpiry(IApplicationDbContext db, LeadRouter router, TimeProvider clock, IOptions<LeadOptions> options)
{
    public const int BatchSize = 100;

    /// <summary>Expires due offers (up to <see cref="BatchSize"/>) and re-routes their leads; returns how many expired.</summary>
    public async Task<int> ExpireDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var due = await db.LeadOffers.AsNoTracking().Where(o => o.State == LeadOfferState.Open && o.Deadline <= now)
            .OrderBy(o => o.Deadline).Select(o => new { o.Id, o.LeadId }).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var expired = 0;
        foreach (var offer in due)
        {
            db.ChangeTracker.Clear();
            var lead = await db.Leads.Include(l => l.Offers).FirstOrDefaultAsync(l => l.Id == offer.LeadId, cancellationToken);
            if (lead?.Offers.Any(o => o.Id == offer.Id && o.State == LeadOfferState.Open) != true)
            {
                continue;
            }

            var actor = new LeadActor(null, "System", false, now);
            lead.Expire(offer.Id, actor);
            await router.RouteAsync(lead, "Offer expired", actor, cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                expired++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The partner answered meanwhile: their answer stands.
            }
        }

        db.ChangeTracker.Clear();
        return expired;
    }

    /// <summary>Reminds partners of open offers whose deadline is near (up to <see cref="BatchSize"/>), once each; returns how many.</summary>
    public async Task<int> RemindDueAsync(CancellationToken cancellationToken)
    {
        if (options.Value.ReminderHours <= 0)
        {
            return 0;
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var horizon = now.AddHours(options.Value.ReminderHours);
        var due = await db.LeadOffers.AsNoTracking()
            .Where(o => o.State == LeadOfferState.Open && o.RemindedAt == null && o.Deadline > now && o.Deadline <= horizon)
            .OrderBy(o => o.Deadline).Select(o => new { o.Id, o.LeadId }).Take(BatchSize)
            .ToListAsync(cancellationToken);
        var reminded = 0;
        foreach (var offer in due)
        {
            db.ChangeTracker.Clear();
            var lead = await db.Leads.Include(l => l.Offers).FirstOrDefaultAsync(l => l.Id == offer.LeadId, cancellationToken);
            if (lead?.Offers.Any(o => o.Id == offer.Id && o.State == LeadOfferState.Open && o.RemindedAt == null) != true)
            {
                continue;
            }

            lead.Remind(offer.Id, new LeadActor(null, "System", false, now));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                reminded++;
            }
            catch (DbUpdateConcurrencyException)
            {
                // The partner answered meanwhile: nothing to remind of.
            }
        }

        db.ChangeTracker.Clear();
        return reminded;
    }
}
