using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Application.Features.DealRegistrations.ListMyDealRegistrations;

/// <summary>Your organization's deal registrations with status and protection end, newest first by default; keyset paged.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyDealRegistrationsQuery(DealRegistrationStatus? Status = null, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<DealRegistrationListItemDto>>, IPortalRequest, IKeysetQuery;

public sealed class ListMyDealRegistrationsHandler(DealRegistrationReader reader)
    : IQueryHandler<ListMyDealRegistrationsQuery, KeysetPage<DealRegistrationListItemDto>>
{
    public async ValueTask<KeysetPage<DealRegistrationListItemDto>> Handle(ListMyDealRegistrationsQuery query, CancellationToken cancellationToken) =>
        await reader.ListMineAsync(query.Status, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
