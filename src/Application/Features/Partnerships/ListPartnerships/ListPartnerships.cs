using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.ListPartnerships;

[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ListPartnershipsQuery(
    Guid? PartnerTypeId, Guid? PartnerLevelId, bool? IsActive, string? Search, Guid? AccountId = null, string? Sort = null,
    int Page = 1, int PageSize = 25) : IQuery<Paged<PartnershipListItemDto>>;

public sealed class ListPartnershipsHandler(PartnershipReader reader) : IQueryHandler<ListPartnershipsQuery, Paged<PartnershipListItemDto>>
{
    public async ValueTask<Paged<PartnershipListItemDto>> Handle(ListPartnershipsQuery query, CancellationToken cancellationToken) =>
        await reader.ListAsync(
            new PartnershipFilter(query.PartnerTypeId, query.PartnerLevelId, query.IsActive, query.Search, query.AccountId),
            query.Sort, query.Page, query.PageSize, cancellationToken);
}
