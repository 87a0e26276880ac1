using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.ListDealRegistrations;

/// <summary>
/// The back-office registrations queue: filter by status, conflict flag and partner; sort by submittedAt (default,
/// newest first) or amount; keyset paged.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ListDealRegistrationsQuery(DealRegistrationFilter Filter, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<DealRegistrationListItemDto>>, IKeysetQuery;

public sealed class ListDealRegistrationsHandler(DealRegistrationReader reader)
    : IQueryHandler<ListDealRegistrationsQuery, KeysetPage<DealRegistrationListItemDto>>
{
    public async ValueTask<KeysetPage<DealRegistrationListItemDto>> Handle(ListDealRegistrationsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Filter, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
