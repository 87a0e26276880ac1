using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.GetIntegrationClient;

/// <summary>One integration client (never its secret).</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record GetIntegrationClientQuery(Guid Id) : IQuery<IntegrationClientDto>;

public sealed class GetIntegrationClientHandler(IIntegrationClients clients) : IQueryHandler<GetIntegrationClientQuery, IntegrationClientDto>
{
    public async ValueTask<IntegrationClientDto> Handle(GetIntegrationClientQuery query, CancellationToken cancellationToken) =>
        await clients.GetAsync(query.Id, cancellationToken) ?? throw new NotFoundException("Integration client", query.Id);
}
