using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Certificates.ListCertificates;

/// <summary>Certificates, newest issue first, with their status today; filter by partner account and contact.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ListCertificatesQuery(Guid? AccountId = null, Guid? ContactId = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<CertificateDto>>, IPagedQuery;

public sealed class ListCertificatesHandler(CertificateReader reader) : IQueryHandler<ListCertificatesQuery, Paged<CertificateDto>>
{
    public async ValueTask<Paged<CertificateDto>> Handle(ListCertificatesQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.AccountId, query.ContactId, query.Page, query.PageSize, cancellationToken);
}
