using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.ListIntegrationClients;

[Authorize(Roles = Roles.Admin)]
public sealed record ListIntegrationClientsQuery : IQuery<IReadOnlyList<IntegrationClientDto>>;

public sealed class ListIntegrationClientsHandler(IIntegrationClients clients) : IQueryHandler<ListIntegrationClientsQuery, IReadOnlyList<IntegrationClientDto>>
{
    public async ValueTask<IReadOnlyList<IntegrationClientDto>> Handle(ListIntegrationClientsQuery query, CancellationToken cancellationToken) =>
        await clients.ListAsync(cancellationToken);
}
