using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.ListLeads;

/// <summary>
/// The back-office leads list: filter by status, partner (holder or open offer), region, source and offer state; sort
/// by createdAt (default, newest first), updatedAt or budget; keyset paged (<c>cursor</c> from the previous page's
/// <c>nextCursor</c>).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ListLeadsQuery(LeadFilter Filter, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<LeadListItemDto>>, IKeysetQuery;

public sealed class ListLeadsHandler(LeadReader reader) : IQueryHandler<ListLeadsQuery, KeysetPage<LeadListItemDto>>
{
    public async ValueTask<KeysetPage<LeadListItemDto>> Handle(ListLeadsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Filter, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
