using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Certificates.ListMyCertificates;

/// <summary>Portal: the certificates of your organization's contacts with their status today, read-only.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyCertificatesQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PortalCertificateDto>>, IPagedQuery, IPortalRequest;

public sealed class ListMyCertificatesHandler(CertificateReader reader) : IQueryHandler<ListMyCertificatesQuery, Paged<PortalCertificateDto>>
{
    public async ValueTask<Paged<PortalCertificateDto>> Handle(ListMyCertificatesQuery query, CancellationToken cancellationToken) =>
        await reader.ListMineAsync(query.Page, query.PageSize, cancellationToken);
}
