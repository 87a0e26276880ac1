using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.GetPartnershipHistory;

/// <summary>The partnership's parameter history, newest first.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetPartnershipHistoryQuery(Guid Id, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<ParameterHistoryDto>>, IPagedQuery;

public sealed class GetPartnershipHistoryHandler(PartnershipReader reader) : IQueryHandler<GetPartnershipHistoryQuery, Paged<ParameterHistoryDto>>
{
    public async ValueTask<Paged<ParameterHistoryDto>> Handle(GetPartnershipHistoryQuery query, CancellationToken cancellationToken) =>
        await reader.HistoryAsync(query.Id, query.Page, query.PageSize, cancellationToken) ?? throw new NotFoundException("Partnership", query.Id);
}
