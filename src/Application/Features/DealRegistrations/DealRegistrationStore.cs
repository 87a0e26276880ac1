using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Opportunities;
using PartnerPortal.Domain.PartnerProgram;

namespace PartnerPortal.Application.Features.DealRegistrations;

/// <summary>The normalised keys a customer is compared by (null: not given).</summary>
public readonly record struct DealKeys(string? Name, string? EmailDomain, string? TaxId)
{
    public bool IsEmpty => Name is null && EmailDomain is null && TaxId is null;

    /// <summary>Normalises what a user typed, as the registration stores it (422 for a public or malformed domain or tax id).</summary>
    public static DealKeys Of(string? name, string? domain, string? taxId) =>
        new(string.IsNullOrWhiteSpace(name) ? null : NameKey.Of(name), Domain.Accounts.EmailDomain.Normalize(domain), Domain.Accounts.TaxId.Normalize(taxId));
}

/// <summary>
/// The write side and the cross-partner reads of deal registrations: who acts, loading one for a change, the protection
/// days of the partner's level, the conflicts of a new registration and the pre-check. Conflicts and the pre-check
/// compare against EVERY partner's records, so they read past the query filters; they return only what the domain
/// stores for the vendor (conflicts are hidden from partners by their own filter) or a yes / until.
/// </summary>
public sealed class DealRegistrationStore(
    IApplicationDbContext db, ICurrentUser user, PartnerScope scope, TimeProvider clock, IOptions<DealRegistrationOptions> options)
{
    public DealActor Actor() => new(scope.IsPortal ? scope.PortalUserId : user.Id, user.DisplayName, scope.IsPortal, clock.GetUtcNow().UtcDateTime);

    public Task<DealRegistration> LoadAsync(Guid id, CancellationToken cancellationToken) =>
        db.DealRegistrations.Where(r => r.Id == id).FirstOr404Async("Deal registration", id, cancellationToken);

    /// <summary>The protection days of the partner's level (a benefit copied to its active partnership), else the setting.</summary>
    public async Task<int> ProtectionDaysAsync(Guid partnerAccountId, CancellationToken cancellationToken)
    {
        var days = await (from p in db.Partnerships
                          join pp in db.PartnershipParameters on p.Id equals pp.PartnershipId
                          join c in db.ParameterCategories on pp.CategoryId equals c.Id
                          where p.AccountId == partnerAccountId && p.IsActive && pp.Kind == ParameterKind.Benefit && c.Metric == MetricCode.DealProtectionDays
                          select pp.Value.Number)
            .ToListAsync(cancellationToken);
        return days.Where(d => d > 0).Select(d => (int?)(int)d!.Value).Max() ?? options.Value.ProtectionDays;
    }

    /// <summary>
    /// The pre-check (issue 9): the latest end of a running protection of the keys by ANY partner's approved
    /// registration — the caller's own included, so the answer says nothing about who holds it. One query, whatever
    /// the data; leads never protect and are not read.
    /// </summary>
    public async Task<DealPreCheckDto> PreCheckAsync(DealKeys keys, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var until = await Registrations()
            .Where(r => r.Status == DealRegistrationStatus.Approved && r.ProtectedUntil > now)
            .Where(Matches(keys))
            .MaxAsync(r => r.ProtectedUntil, cancellationToken);
        return new DealPreCheckDto(until is not null, until);
    }

    /// <summary>
    /// D9: the other partners' open leads (held, not disqualified), registrations (submitted, or approved and still
    /// protected) and open opportunities with the same normalised name, e-mail domain or tax id, one per record and key.
    /// </summary>
    public async Task<IReadOnlyList<DealConflictFound>> ConflictsAsync(DealKeys keys, Guid partnerAccountId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var found = new List<DealConflictFound>();
        var registrations = await Registrations()
            .Where(r => r.AccountId != partnerAccountId
                        && (r.Status == DealRegistrationStatus.Submitted || (r.Status == DealRegistrationStatus.Approved && r.ProtectedUntil > now)))
            .Where(Matches(keys))
            .Select(r => new { r.Id, r.AccountId, r.NormalizedName, r.EmailDomain, r.TaxId, r.SubmittedAt, r.Status, r.ProtectedUntil })
            .ToListAsync(cancellationToken);
        foreach (var r in registrations)
        {
            var protects = r.Status == DealRegistrationStatus.Approved && r.ProtectedUntil > now;
            foreach (var key in Matched(keys, r.NormalizedName, r.EmailDomain, r.TaxId))
            {
                found.Add(new DealConflictFound(DealConflictKind.Registration, r.Id, r.AccountId, key, r.SubmittedAt, protects, now));
            }
        }

        // Leads: the free-text company (as NameKey compares it), the contact's address or the customer account's domain,
        // and the customer account's tax id. A qualified lead is represented by its opportunity (below), not twice.
        var name = keys.Name;
        var domain = keys.EmailDomain;
        var at = domain is null ? null : "@" + domain;
        var taxId = keys.TaxId;
        var customers = db.Accounts.Where(a => a.Type == AccountType.Customer);
        var leads = await db.Leads.IgnoreQueryFilters().AsNoTracking()
            .Where(l => l.AccountId != null && l.AccountId != partnerAccountId && l.Status != LeadStatus.Disqualified && l.OpportunityId == null)
            .Select(l => new
            {
                l.Id,
                AccountId = l.AccountId!.Value,
                l.CreatedAt,
                Name = name != null && ((l.CompanyName != null && l.CompanyName.Trim().ToUpper() == name)
                    || customers.Any(a => a.Id == l.CustomerAccountId && a.NormalizedName == name)),
                Domain = at != null && ((l.ContactEmail != null && l.ContactEmail.EndsWith(at))
                    || customers.Any(a => a.Id == l.CustomerAccountId && a.EmailDomain == domain)),
                TaxId = taxId != null && customers.Any(a => a.Id == l.CustomerAccountId && a.TaxId == taxId),
            })
            .Where(l => l.Name || l.Domain || l.TaxId)
            .ToListAsync(cancellationToken);
        found.AddRange(leads.SelectMany(l => Hits(DealConflictKind.Lead, l.Id, l.AccountId, l.CreatedAt, l.Name, l.Domain, l.TaxId, now)));

        // Open opportunities: the customer account's keys, or (no account) the customer's name as NameKey compares it.
        var opportunities = await db.Opportunities.IgnoreQueryFilters().AsNoTracking()
            .Where(o => o.AccountId != null && o.AccountId != partnerAccountId && o.Stage != OpportunityStage.ClosedWon && o.Stage != OpportunityStage.ClosedLost)
            .Select(o => new
            {
                o.Id,
                AccountId = o.AccountId!.Value,
                o.CreatedAt,
                Name = name != null && (o.CustomerAccountId == null
                    ? o.Customer.Trim().ToUpper() == name
                    : customers.Any(a => a.Id == o.CustomerAccountId && a.NormalizedName == name)),
                Domain = domain != null && customers.Any(a => a.Id == o.CustomerAccountId && a.EmailDomain == domain),
                TaxId = taxId != null && customers.Any(a => a.Id == o.CustomerAccountId && a.TaxId == taxId),
            })
            .Where(o => o.Name || o.Domain || o.TaxId)
            .ToListAsync(cancellationToken);
        found.AddRange(opportunities.SelectMany(o => Hits(DealConflictKind.Opportunity, o.Id, o.AccountId, o.CreatedAt, o.Name, o.Domain, o.TaxId, now)));
        return found;
    }

    /// <summary>One conflict per key a lead or opportunity matched on (they never protect the customer).</summary>
    private static IEnumerable<DealConflictFound> Hits(
        DealConflictKind kind, Guid id, Guid accountId, DateTime at, bool name, bool domain, bool taxId, DateTime now) =>
        new[] { (name, DealConflictKey.Name), (domain, DealConflictKey.EmailDomain), (taxId, DealConflictKey.TaxId) }
            .Where(h => h.Item1)
            .Select(h => new DealConflictFound(kind, id, accountId, h.Item2, at, false, now));

    private IQueryable<DealRegistration> Registrations() => db.DealRegistrations.IgnoreQueryFilters().AsNoTracking();

    private static System.Linq.Expressions.Expression<Func<DealRegistration, bool>> Matches(DealKeys keys) =>
        r => (keys.Name != null && r.NormalizedName == keys.Name)
             || (keys.EmailDomain != null && r.EmailDomain == keys.EmailDomain)
             || (keys.TaxId != null && r.TaxId == keys.TaxId);

    private static IEnumerable<DealConflictKey> Matched(DealKeys keys, string name, string? domain, string? taxId)
    {
        if (keys.Name is not null && name == keys.Name)
        {
            yield return DealConflictKey.Name;
        }

        if (keys.EmailDomain is not null && domain == keys.EmailDomain)
        {
            yield return DealConflictKey.EmailDomain;
        }

        if (keys.TaxId is not null && taxId == keys.TaxId)
        {
            yield return DealConflictKey.TaxId;
        }
    }
}
