using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.ListIntegrationClients;

/// <summary>Integration clients by display name.</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record ListIntegrationClientsQuery(int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<IntegrationClientDto>>, IPagedQuery;

public sealed class ListIntegrationClientsHandler(IIntegrationClients clients) : IQueryHandler<ListIntegrationClientsQuery, Paged<IntegrationClientDto>>
{
    public async ValueTask<Paged<IntegrationClientDto>> Handle(ListIntegrationClientsQuery query, CancellationToken cancellationToken) =>
        await clients.ListAsync(query.Page, query.PageSize, cancellationToken);
}
