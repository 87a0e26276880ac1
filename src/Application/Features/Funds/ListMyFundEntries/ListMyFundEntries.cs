using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.ListMyFundEntries;

/// <summary>Portal: all operations of one of your funds, newest first, paged (another partner's fund is 404).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyFundEntriesQuery(Guid FundId, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<PortalFundEntryDto>>, IPagedQuery, IPortalRequest;

public sealed class ListMyFundEntriesHandler(FundReader reader) : IQueryHandler<ListMyFundEntriesQuery, Paged<PortalFundEntryDto>>
{
    public async ValueTask<Paged<PortalFundEntryDto>> Handle(ListMyFundEntriesQuery query, CancellationToken cancellationToken) =>
        await reader.PortalEntriesAsync(query.FundId, query.Page, query.PageSize, cancellationToken);
}
