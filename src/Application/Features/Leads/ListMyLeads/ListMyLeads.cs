using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads.ListMyLeads;

/// <summary>The leads your organization holds (registered or accepted), newest first by default; keyset paged. Offers waiting for an answer are <c>GET /api/portal/leads/offers</c>.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyLeadsQuery(LeadStatus? Status = null, string? Sort = null, string? Cursor = null, int Limit = Keyset.DefaultLimit)
    : IQuery<KeysetPage<LeadListItemDto>>, IPortalRequest, IKeysetQuery;

public sealed class ListMyLeadsHandler(LeadReader reader) : IQueryHandler<ListMyLeadsQuery, KeysetPage<LeadListItemDto>>
{
    public async ValueTask<KeysetPage<LeadListItemDto>> Handle(ListMyLeadsQuery query, CancellationToken cancellationToken) =>
        await reader.ListHeldAsync(query.Status, query.Sort, query.Cursor, query.Limit, cancellationToken);
}
