using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// Reads leads as DTOs for the back-office and the portal alike. For a portal user the query filters leave only the
/// leads the partner holds or has an open offer for (ADR-008), and only its own offers. Every projection reads the lead's
/// customer and partner by correlated sub-selects, never by inner joins, so a filtered join can never drop a lead.
/// </summary>
public sealed class LeadReader(IApplicationDbContext db, PartnerScope scope)
{
    /// <summary>The keys a list can be sorted by (prefix '-' for descending); the default is newest first.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["createdAt", "updatedAt", "budget"];

    public Task<KeysetPage<LeadListItemDto>> ListAsync(LeadFilter filter, string? sort, string? cursor, int limit, CancellationToken cancellationToken) =>
        PageAsync(Filtered(db.Leads.AsNoTracking(), filter), sort, cursor, limit, cancellationToken);

    // ADR-008: the customer account (customer-type only, never another partner's) and contact that a VISIBLE lead names
    // are shown with it to partners too, although the accounts/contacts filters hide them otherwise. EF Core's
    // IgnoreQueryFilters() switches the filters off for a WHOLE query, so these are separate queries that read only the
    // rows the already filtered leads name — never part of the leads query itself.
    private async Task<Dictionary<Guid, (string Name, string? Domain)>> CustomerAccountsAsync(IEnumerable<Guid?> ids, CancellationToken cancellationToken)
    {
        var wanted = ids.OfType<Guid>().Distinct().ToList();
        return wanted.Count == 0 ? []
            : (await db.Accounts.IgnoreQueryFilters().AsNoTracking().Where(a => wanted.Contains(a.Id) && a.Type == AccountType.Customer)
                .Select(a => new { a.Id, a.Name, a.EmailDomain }).ToListAsync(cancellationToken))
            .ToDictionary(a => a.Id, a => (a.Name, a.EmailDomain));
    }

    private async Task<(string Name, string Email)?> CustomerContactAsync(Guid? id, CancellationToken cancellationToken) =>
        id is { } contactId
            ? await db.Contacts.IgnoreQueryFilters().AsNoTracking().Where(c => c.Id == contactId)
                .Select(c => new ValueTuple<string, string>(c.Name, c.Email)).FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>The leads the caller's partner holds (portal "my leads"), keyset paged.</summary>
    public Task<KeysetPage<LeadListItemDto>> ListHeldAsync(LeadStatus? status, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var leads = db.Leads.AsNoTracking().Where(l => l.AccountId == scope.AccountId);
        if (status is { } s)
        {
            leads = leads.Where(l => l.Status == s);
        }

        return PageAsync(leads, sort, cursor, limit, cancellationToken, HeldItem());
    }

    /// <summary>The export: the list's filter and sort, every row, only the exported columns.</summary>
    public IAsyncEnumerable<LeadExportRow> Export(LeadFilter filter, string? sort)
    {
        var (key, descending) = Keyset.ParseSort(sort, "createdAt");
        var leads = Filtered(db.Leads.AsNoTracking(), filter);
        leads = key switch
        {
            "updatedAt" => descending ? leads.OrderByDescending(l => l.UpdatedAt).ThenByDescending(l => l.Id) : leads.OrderBy(l => l.UpdatedAt).ThenBy(l => l.Id),
            "budget" => descending ? leads.OrderByDescending(l => l.BudgetMinor).ThenByDescending(l => l.Id) : leads.OrderBy(l => l.BudgetMinor).ThenBy(l => l.Id),
            _ => descending ? leads.OrderByDescending(l => l.CreatedAt).ThenByDescending(l => l.Id) : leads.OrderBy(l => l.CreatedAt).ThenBy(l => l.Id),
        };
        return leads.Select(ListItem()).AsAsyncEnumerable().Select(r => new LeadExportRow(
            r.CreatedAt, r.Customer, r.CustomerAccountName, r.ContactName, r.Status, r.SalesChannel, r.Source, r.Region, Money.ToDecimal(r.BudgetMinor),
            r.Currency, r.PartnerName, r.OpenOfferPartnerName, r.OpenOfferDeadline, r.Id));
    }

    /// <summary>The caller's open offers (portal), soonest deadline first.</summary>
    public async Task<IReadOnlyList<MyLeadOfferDto>> MyOpenOffersAsync(CancellationToken cancellationToken) =>
        await (from o in db.LeadOffers.AsNoTracking()
               join l in db.Leads on o.LeadId equals l.Id
               where o.AccountId == scope.AccountId && o.State == LeadOfferState.Open
               orderby o.Deadline, o.Id
               select new MyLeadOfferDto(
                   o.Id, l.Id, l.CompanyName ?? l.ContactName ?? l.ContactEmail ?? "(no name)", l.Need, l.BudgetMinor, l.Currency, l.Source, l.Region,
                   o.OfferedAt, o.Deadline))
            .ToListAsync(cancellationToken);

    /// <summary>One lead with offers, routing and history; 404 when it is not there or not visible to the caller.</summary>
    public async Task<LeadDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var row = await db.Leads.AsNoTracking().Where(l => l.Id == id)
            .Select(l => new
            {
                Lead = l,
                PartnerName = db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.Name).FirstOrDefault(),
                OwnerName = (from u in db.PortalUsers
                             join c in db.Contacts on u.ContactId equals c.Id
                             where u.Id == l.OwnerId
                             select c.Name).FirstOrDefault(),
            })
            .FirstOr404Async("Lead", id, cancellationToken);

        var offers = await db.LeadOffers.AsNoTracking().Where(o => o.LeadId == id).OrderBy(o => o.OfferedAt).ThenBy(o => o.Id)
            .Select(o => new LeadOfferDto(
                o.Id, o.AccountId, db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault(), o.OwnerId, o.OfferedAt, o.Deadline,
                o.State, o.EndedAt, o.Reason))
            .ToListAsync(cancellationToken);
        var history = await db.LeadEvents.AsNoTracking().Where(e => e.LeadId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new { Dto = new LeadEventDto(e.Id, e.At, e.What, e.Status, e.By, e.ByPartner, e.Note), e.OfferId })
            .ToListAsync(cancellationToken);
        IReadOnlyList<LeadRoutingDto> routing = [];
        List<LeadEventDto> events;
        if (scope.IsPortal)
        {
            // A partner sees its own offers' events and the lead's own changes, never another partner's answers, and
            // the vendor's changes without employee names. Routing explanations are the vendor's.
            var own = offers.Select(o => o.Id).ToHashSet();
            events = [.. history.Where(e => e.OfferId is null || own.Contains(e.OfferId.Value)).Select(e => e.Dto.ByPartner ? e.Dto : e.Dto with { By = null })];
        }
        else
        {
            events = [.. history.Select(e => e.Dto)];
            routing = await RoutingAsync(id, cancellationToken);
        }

        var l = row.Lead;
        var customer = (await CustomerAccountsAsync([l.CustomerAccountId], cancellationToken)).GetValueOrDefault(l.CustomerAccountId ?? Guid.Empty);
        var contact = await CustomerContactAsync(l.ContactId, cancellationToken);
        return new LeadDto(
            l.Id, l.Status, l.SalesChannel, l.Customer, l.CustomerAccountId, customer.Name, customer.Domain, l.ContactId, l.CompanyName,
            contact?.Name ?? l.ContactName, contact?.Email ?? l.ContactEmail, l.Need, l.BudgetMinor, l.Currency, l.Source, l.Region,
            l.AccountId, row.PartnerName, l.OwnerId, row.OwnerName, l.CreatedByPartner, l.CreatedAt, l.UpdatedAt, l.DisqualifyReason, l.OpportunityId,
            offers, routing, events);
    }

    private async Task<IReadOnlyList<LeadRoutingDto>> RoutingAsync(Guid leadId, CancellationToken cancellationToken)
    {
        var decisions = await db.LeadRoutingDecisions.AsNoTracking().Where(d => d.LeadId == leadId).OrderByDescending(d => d.At).ThenByDescending(d => d.Id)
            .Select(d => new { d.Id, d.At, d.Trigger, d.ChosenAccountId, d.Reason })
            .ToListAsync(cancellationToken);
        var ids = decisions.Select(d => d.Id).ToList();
        var candidates = await db.LeadRoutingCandidates.AsNoTracking().Where(c => ids.Contains(c.DecisionId))
            .Select(c => new
            {
                c.DecisionId,
                Dto = new LeadRoutingCandidateDto(
                    c.AccountId, db.Accounts.Where(a => a.Id == c.AccountId).Select(a => a.Name).FirstOrDefault(), c.Weight, c.OpenOffers, c.Capacity,
                    c.LastOfferedAt, c.Rank, c.ExcludedBecause),
            })
            .ToListAsync(cancellationToken);
        var names = candidates.GroupBy(c => c.Dto.AccountId).ToDictionary(g => g.Key, g => g.First().Dto.PartnerName);
        return
        [
            .. decisions.Select(d => new LeadRoutingDto(
                d.Id, d.At, d.Trigger, d.ChosenAccountId, d.ChosenAccountId is { } chosen ? names.GetValueOrDefault(chosen) : null, d.Reason,
                [.. candidates.Where(c => c.DecisionId == d.Id).Select(c => c.Dto).OrderBy(c => c.Rank ?? int.MaxValue).ThenBy(c => c.PartnerName)])),
        ];
    }

    private static IQueryable<Lead> Filtered(IQueryable<Lead> leads, LeadFilter filter)
    {
        if (filter.Status is { } status)
        {
            leads = leads.Where(l => l.Status == status);
        }

        if (filter.PartnerAccountId is { } partner)
        {
            leads = leads.Where(l => l.AccountId == partner || l.Offers.Any(o => o.AccountId == partner && o.State == LeadOfferState.Open));
        }

        if (Lead.KeyOf(filter.Region) is { } region)
        {
            leads = leads.Where(l => l.RegionKey == region);
        }

        if (Lead.KeyOf(filter.Source) is { } source)
        {
            leads = leads.Where(l => l.SourceKey == source);
        }

        if (filter.OfferState is { } state)
        {
            leads = leads.Where(l => l.Offers.Any(o => o.State == state));
        }

        return leads;
    }

    private async Task<KeysetPage<LeadListItemDto>> PageAsync(
        IQueryable<Lead> leads, string? sort, string? cursor, int limit, CancellationToken cancellationToken, Expression<Func<Lead, LeadListItemDto>>? select = null)
    {
        var page = await ReadPageAsync(leads, sort, cursor, limit, select ?? ListItem(), cancellationToken);
        if (!scope.IsPortal)
        {
            return page;
        }

        var customers = await CustomerAccountsAsync(page.Items.Select(i => i.CustomerAccountId), cancellationToken);
        return page with
        {
            Items = [.. page.Items.Select(i => i with { CustomerAccountName = i.CustomerAccountId is { } c && customers.TryGetValue(c, out var a) ? a.Name : null })],
        };
    }

    private static Task<KeysetPage<LeadListItemDto>> ReadPageAsync(
        IQueryable<Lead> leads, string? sort, string? cursor, int limit, Expression<Func<Lead, LeadListItemDto>> select, CancellationToken cancellationToken)
    {
        var (key, descending) = Keyset.ParseSort(sort, "createdAt");
        return key switch
        {
            "updatedAt" => leads.ToKeysetPageAsync(key, l => l.UpdatedAt, l => l.Id, descending, cursor, limit, select, r => r.UpdatedAt, r => r.Id, cancellationToken),
            "budget" => leads.ToKeysetPageAsync(key, l => l.BudgetMinor, l => l.Id, descending, cursor, limit, select, r => r.BudgetMinor, r => r.Id, cancellationToken),
            _ => leads.ToKeysetPageAsync(key, l => l.CreatedAt, l => l.Id, descending, cursor, limit, select, r => r.CreatedAt, r => r.Id, cancellationToken),
        };
    }


    // The partner's own leads ("my leads"): it holds every row, so none has an open offer (only a lead the vendor holds is
    // offered), and the customer's records are read apart (PageAsync, ADR-008): only the lead's columns and its partner.
    private Expression<Func<Lead, LeadListItemDto>> HeldItem() =>
        l => new LeadListItemDto(
            l.Id, l.Status, l.SalesChannel, l.CompanyName ?? l.ContactName ?? l.ContactEmail ?? "(no name)", l.CustomerAccountId, null, l.ContactName,
            l.Source, l.Region, l.BudgetMinor, l.Currency, l.AccountId, db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.Name).FirstOrDefault(),
            null, null, null, l.CreatedAt, l.UpdatedAt);

    // For employees (unfiltered) the sub-selects read the customer; for partners they read nothing past the filters and
    // PageAsync fills the customer in from a separate query (ADR-008).
    private Expression<Func<Lead, LeadListItemDto>> ListItem() =>
        l => new LeadListItemDto(
            l.Id, l.Status, l.SalesChannel, l.CompanyName ?? l.ContactName ?? l.ContactEmail ?? "(no name)", l.CustomerAccountId,
            db.Accounts.Where(a => a.Id == l.CustomerAccountId && a.Type == AccountType.Customer).Select(a => a.Name).FirstOrDefault(),
            db.Contacts.Where(c => c.Id == l.ContactId).Select(c => c.Name).FirstOrDefault() ?? l.ContactName,
            l.Source, l.Region, l.BudgetMinor, l.Currency, l.AccountId,
            db.Accounts.Where(a => a.Id == l.AccountId).Select(a => a.Name).FirstOrDefault(),
            l.Offers.Where(o => o.State == LeadOfferState.Open).Select(o => (Guid?)o.AccountId).FirstOrDefault(),
            l.Offers.Where(o => o.State == LeadOfferState.Open).Select(o => db.Accounts.Where(a => a.Id == o.AccountId).Select(a => a.Name).FirstOrDefault()).FirstOrDefault(),
            l.Offers.Where(o => o.State == LeadOfferState.Open).Select(o => (DateTime?)o.Deadline).FirstOrDefault(),
            l.CreatedAt,
            l.UpdatedAt);
}
