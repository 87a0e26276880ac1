using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Domain.Trainings;

namespace PartnerPortal.Application.Features.Certificates;

/// <summary>Reads of certificates with their contact's and partner's names and their status today, newest issue first.</summary>
public sealed class CertificateReader(IApplicationDbContext db, TimeProvider clock)
{
    public async Task<Paged<CertificateDto>> ListAsync(Guid? accountId, Guid? contactId, int page, int pageSize, CancellationToken cancellationToken)
    {
        var certificates = db.Certificates.AsNoTracking();
        if (accountId is { } account)
        {
            certificates = certificates.Where(c => c.AccountId == account);
        }

        if (contactId is { } contact)
        {
            certificates = certificates.Where(c => c.ContactId == contact);
        }

        var rows = await Project(certificates).ToPagedAsync(page, pageSize, cancellationToken);
        return new Paged<CertificateDto>([.. rows.Items.Select(ToDto)], rows.Page, rows.PageSize, rows.TotalCount);
    }

    public async Task<CertificateDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        ToDto(await Project(db.Certificates.AsNoTracking().Where(c => c.Id == id)).FirstOr404Async("Certificate", id, cancellationToken));

    /// <summary>The portal's list: the query filter keeps it to the caller's partner.</summary>
    public async Task<Paged<PortalCertificateDto>> ListMineAsync(int page, int pageSize, CancellationToken cancellationToken)
    {
        var rows = await Project(db.Certificates.AsNoTracking()).ToPagedAsync(page, pageSize, cancellationToken);
        var today = Today();
        return new Paged<PortalCertificateDto>(
            [.. rows.Items.Select(r => new PortalCertificateDto(
                r.Id, r.ContactId, r.ContactName, r.Name, r.Number, r.IssuedOn, r.ExpiresOn, Status(r, today), Status(r, today) == CertificateStatus.Valid))],
            rows.Page, rows.PageSize, rows.TotalCount);
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    private static CertificateStatus Status(CertificateRow row, DateOnly day) => Certificate.StatusOf(row.IssuedOn, row.ExpiresOn, day);

    private CertificateDto ToDto(CertificateRow r)
    {
        var status = Status(r, Today());
        return new CertificateDto(
            r.Id, r.AccountId, r.AccountName, r.ContactId, r.ContactName, r.Name, r.Number, r.IssuedOn, r.ExpiresOn, r.TrainingId, status,
            status == CertificateStatus.Valid, r.CreatedAt);
    }

    private IQueryable<CertificateRow> Project(IQueryable<Certificate> certificates) =>
        from x in certificates
        join c in db.Contacts on x.ContactId equals c.Id
        join a in db.Accounts on x.AccountId equals a.Id
        orderby x.IssuedOn descending, x.Id descending
        select new CertificateRow(x.Id, x.AccountId, a.Name, x.ContactId, c.Name, x.Name, x.Number, x.IssuedOn, x.ExpiresOn, x.TrainingId, x.CreatedAt);

    private sealed record CertificateRow(
        Guid Id, Guid AccountId, string AccountName, Guid ContactId, string ContactName, string Name, string? Number, DateOnly IssuedOn,
        DateOnly? ExpiresOn, Guid? TrainingId, DateTime CreatedAt);
}
