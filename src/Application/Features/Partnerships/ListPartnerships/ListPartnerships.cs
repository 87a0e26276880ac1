using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.ListPartnerships;

/// <summary>One page of partnerships; <see cref="ExportPartnerships.ExportPartnershipsQuery"/> exports the same rows, unpaged.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ListPartnershipsQuery(PartnershipFilter Filter, string? Sort = null, int Page = 1, int PageSize = 25)
    : IQuery<Paged<PartnershipListItemDto>>, IPagedQuery;

public sealed class ListPartnershipsHandler(PartnershipReader reader) : IQueryHandler<ListPartnershipsQuery, Paged<PartnershipListItemDto>>
{
    public async ValueTask<Paged<PartnershipListItemDto>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(query.Filter, query.Sort, query.Page, query.PageSize, cancellationToken);
}
