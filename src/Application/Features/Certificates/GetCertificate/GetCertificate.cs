using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Certificates.GetCertificate;

[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetCertificateQuery(Guid Id) : IQuery<CertificateDto>;

public sealed class GetCertificateHandler(CertificateReader reader) : IQueryHandler<GetCertificateQuery, CertificateDto>
{
    public async ValueTask<CertificateDto> Handle(GetCertificateQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
