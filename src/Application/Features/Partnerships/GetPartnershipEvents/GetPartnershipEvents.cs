using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnershipEvents;

/// <summary>The partnership's event log: one readable line per action (promoted, overridden, value changed, ...), newest first.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipEventsQuery(Guid Id, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PartnershipEventDto>>, IPagedQuery;

public sealed class GetPartnershipEventsHandler(PartnershipReader reader) : IQueryHandler<GetPartnershipEventsQuery, Paged<PartnershipEventDto>>
{
    public async ValueTask<Paged<PartnershipEventDto>> Handle(GetPartnershipEventsQuery query, CancellationToken cancellationToken) =>
        await reader.EventsAsync(query.Id, query.Page, query.PageSize, cancellationToken) ?? throw new NotFoundException("Partnership", query.Id);
}
