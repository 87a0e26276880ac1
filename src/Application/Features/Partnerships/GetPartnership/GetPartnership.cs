using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnership;

[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipQuery(Guid Id) : IQuery<PartnershipDto>;

public sealed class GetPartnershipHandler(PartnershipReader reader) : IQueryHandler<GetPartnershipQuery, PartnershipDto>
{
    public async ValueTask<PartnershipDto> Handle(GetPartnershipQuery query, CancellationToken cancellationToken) =>
        await reader.GetAsync(query.Id, cancellationToken);
}
