using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.DealRegistrations;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.DealRegistrations;

/// <summary>
/// Reads deal registrations as DTOs for the back-office and the portal. For a portal user the query filters leave only
/// the partner's own registrations and their history, and no conflicts; partner names are never projected there.
/// </summary>
public sealed class DealRegistrationReader(IApplicationDbContext db, PartnerScope scope)
{
    /// <summary>The "already protected" notice a partner gets: it names no partner.</summary>
    public const string AlreadyProtectedMessage = "This customer is already protected by an earlier registration. A partner manager will review yours.";

    /// <summary>The keys a list can be sorted by (prefix '-' for descending); the default is newest first.</summary>
    public static readonly IReadOnlyList<string> SortKeys = ["submittedAt", "amount"];

    public Task<KeysetPage<DealRegistrationListItemDto>> ListAsync(DealRegistrationFilter filter, string? sort, string? cursor, int limit, CancellationToken cancellationToken) =>
        PageAsync(Filtered(db.DealRegistrations.AsNoTracking(), filter), sort, cursor, limit, cancellationToken);

    /// <summary>The caller's partner's registrations (portal "Deals"), keyset paged.</summary>
    public Task<KeysetPage<DealRegistrationListItemDto>> ListMineAsync(DealRegistrationStatus? status, string? sort, string? cursor, int limit, CancellationToken cancellationToken) =>
        PageAsync(Filtered(db.DealRegistrations.AsNoTracking().Where(r => r.AccountId == scope.AccountId), new DealRegistrationFilter(status)), sort, cursor, limit, cancellationToken);

    /// <summary>The export: the queue's filter and sort, every row.</summary>
    public IAsyncEnumerable<DealRegistrationExportRow> Export(DealRegistrationFilter filter, string? sort)
    {
        var (key, descending) = Keyset.ParseSort(sort, "submittedAt");
        var rows = Filtered(db.DealRegistrations.AsNoTracking(), filter);
        rows = key == "amount"
            ? descending ? rows.OrderByDescending(r => r.EstimatedAmountMinor).ThenByDescending(r => r.Id) : rows.OrderBy(r => r.EstimatedAmountMinor).ThenBy(r => r.Id)
            : descending ? rows.OrderByDescending(r => r.SubmittedAt).ThenByDescending(r => r.Id) : rows.OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id);
        return rows.Select(ListItem()).AsAsyncEnumerable().Select(r => new DealRegistrationExportRow(
            r.SubmittedAt, r.CompanyName, r.EmailDomain, r.TaxId, r.Status, r.HasConflict, Money.ToDecimal(r.EstimatedAmountMinor), r.Currency,
            r.ExpectedCloseDate, r.PartnerName, r.ProtectedUntil, r.Id));
    }

    /// <summary>One registration with history and (employees) conflicts side by side; 404 when not visible.</summary>
    public async Task<DealRegistrationDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var portal = scope.IsPortal;
        var row = await db.DealRegistrations.AsNoTracking().Where(r => r.Id == id)
            .Select(r => new
            {
                Registration = r,
                PartnerName = db.Accounts.Where(a => a.Id == r.AccountId).Select(a => a.Name).FirstOrDefault(),
                RegisteredByName = (from u in db.PortalUsers
                                    join c in db.Contacts on u.ContactId equals c.Id
                                    where u.Id == r.RegisteredById
                                    select c.Name).FirstOrDefault(),
            })
            .FirstOr404Async("Deal registration", id, cancellationToken);
        var history = await db.DealRegistrationEvents.AsNoTracking().Where(e => e.RegistrationId == id).OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Select(e => new DealRegistrationEventDto(e.Id, e.At, e.What, e.Status, e.By, e.ByPartner, e.Note))
            .ToListAsync(cancellationToken);
        if (portal)
        {
            // A partner reads who of its own people acted, never an employee's name nor the vendor's conflict note.
            history = [.. history.Select(e => e with { By = e.ByPartner ? e.By : null, Note = DealRegistrationEvent.IsForPartners(e.Note) ? e.Note : null })];
        }

        // Conflicts: empty for partners (their query filter); for employees, the other side read beside each conflict:
        // a registration's own keys, a lead's company and contact address, an opportunity's customer (and its account's keys).
        var customers = db.Accounts.AsNoTracking();
        var conflicts = await db.DealRegistrationConflicts.AsNoTracking().Where(c => c.RegistrationId == id).OrderBy(c => c.OtherAt).ThenBy(c => c.Key)
            .Select(c => new DealRegistrationConflictDto(
                c.Id, c.Key, c.OtherKind, c.OtherId, c.OtherAccountId,
                db.Accounts.Where(a => a.Id == c.OtherAccountId).Select(a => a.Name).FirstOrDefault(),
                c.OtherKind == DealConflictKind.Registration
                    ? db.DealRegistrations.Where(o => o.Id == c.OtherId).Select(o => o.CompanyName).FirstOrDefault()
                    : c.OtherKind == DealConflictKind.Lead
                        ? db.Leads.Where(l => l.Id == c.OtherId).Select(l => l.CompanyName ?? l.ContactName ?? l.ContactEmail).FirstOrDefault()
                        : db.Opportunities.Where(o => o.Id == c.OtherId).Select(o => o.Customer).FirstOrDefault(),
                c.OtherKind == DealConflictKind.Registration
                    ? db.DealRegistrations.Where(o => o.Id == c.OtherId).Select(o => o.EmailDomain).FirstOrDefault()
                    : c.OtherKind == DealConflictKind.Lead
                        ? db.Leads.Where(l => l.Id == c.OtherId).Select(l => l.ContactEmail).FirstOrDefault()
                        : db.Opportunities.Where(o => o.Id == c.OtherId)
                            .Select(o => customers.Where(a => a.Id == o.CustomerAccountId).Select(a => a.EmailDomain).FirstOrDefault()).FirstOrDefault(),
                c.OtherKind == DealConflictKind.Registration
                    ? db.DealRegistrations.Where(o => o.Id == c.OtherId).Select(o => o.TaxId).FirstOrDefault()
                    : c.OtherKind == DealConflictKind.Opportunity
                        ? db.Opportunities.Where(o => o.Id == c.OtherId)
                            .Select(o => customers.Where(a => a.Id == o.CustomerAccountId).Select(a => a.TaxId).FirstOrDefault()).FirstOrDefault()
                        : null,
                null,
                c.OtherAt,
                c.OtherKind == DealConflictKind.Registration
                    ? db.DealRegistrations.Where(o => o.Id == c.OtherId).Select(o => o.ProtectedUntil).FirstOrDefault()
                    : null,
                c.OtherFirst))
            .ToListAsync(cancellationToken);
        if (conflicts.Count > 0)
        {
            List<Guid> IdsOf(DealConflictKind kind) => [.. conflicts.Where(c => c.OtherKind == kind).Select(c => c.OtherId)];
            var registrationIds = IdsOf(DealConflictKind.Registration);
            var leadIds = IdsOf(DealConflictKind.Lead);
            var opportunityIds = IdsOf(DealConflictKind.Opportunity);
            var statuses = (await db.DealRegistrations.AsNoTracking().Where(o => registrationIds.Contains(o.Id)).Select(o => new { o.Id, Status = o.Status.ToString() }).ToListAsync(cancellationToken))
                .Concat(await db.Leads.AsNoTracking().Where(l => leadIds.Contains(l.Id)).Select(l => new { l.Id, Status = l.Status.ToString() }).ToListAsync(cancellationToken))
                .Concat(await db.Opportunities.AsNoTracking().Where(o => opportunityIds.Contains(o.Id)).Select(o => new { o.Id, Status = o.Stage.ToString() }).ToListAsync(cancellationToken))
                .ToDictionary(x => x.Id, x => x.Status);
            conflicts = [.. conflicts.Select(c => c with { OtherStatus = statuses.GetValueOrDefault(c.OtherId) })];
        }

        var r = row.Registration;
        return new DealRegistrationDto(
            r.Id, r.Status, r.CompanyName, r.EmailDomain, r.TaxId, r.ProductInterest, r.EstimatedAmountMinor, r.Currency, r.ExpectedCloseDate,
            r.AccountId, portal ? null : row.PartnerName, r.RegisteredById, row.RegisteredByName, r.SubmittedAt, r.DecidedAt, r.RejectReason,
            r.ProtectedUntil, r.ExtensionRequestedAt, r.Extended, portal ? r.AlreadyProtected : r.HasConflict, r.AlreadyProtected,
            r.AlreadyProtected ? AlreadyProtectedMessage : null, conflicts, history);
    }

    private static IQueryable<DealRegistration> Filtered(IQueryable<DealRegistration> rows, DealRegistrationFilter filter)
    {
        if (filter.Status is { } status)
        {
            rows = rows.Where(r => r.Status == status);
        }

        if (filter.HasConflict is { } conflict)
        {
            rows = rows.Where(r => r.HasConflict == conflict);
        }

        if (filter.PartnerAccountId is { } partner)
        {
            rows = rows.Where(r => r.AccountId == partner);
        }

        return rows;
    }

    private async Task<KeysetPage<DealRegistrationListItemDto>> PageAsync(
        IQueryable<DealRegistration> rows, string? sort, string? cursor, int limit, CancellationToken cancellationToken)
    {
        var (key, descending) = Keyset.ParseSort(sort, "submittedAt");
        var select = ListItem();
        var page = key == "amount"
            ? await rows.ToKeysetPageAsync(key, r => r.EstimatedAmountMinor, r => r.Id, descending, cursor, limit, select, i => i.EstimatedAmountMinor, i => i.Id, cancellationToken)
            : await rows.ToKeysetPageAsync("submittedAt", r => r.SubmittedAt, r => r.Id, descending, cursor, limit, select, i => i.SubmittedAt, i => i.Id, cancellationToken);
        // A partner learns only "already protected", never that another partner's lead or pending registration matched.
        return scope.IsPortal ? page with { Items = [.. page.Items.Select(i => i with { PartnerName = null, HasConflict = i.AlreadyProtected })] } : page;
    }


    private Expression<Func<DealRegistration, DealRegistrationListItemDto>> ListItem() =>
        r => new DealRegistrationListItemDto(
            r.Id, r.Status, r.CompanyName, r.EmailDomain, r.TaxId, r.EstimatedAmountMinor, r.Currency, r.ExpectedCloseDate, r.AccountId,
            db.Accounts.Where(a => a.Id == r.AccountId).Select(a => a.Name).FirstOrDefault(),
            r.HasConflict, r.AlreadyProtected, r.SubmittedAt, r.ProtectedUntil, r.ExtensionRequestedAt != null, r.Extended);
}
