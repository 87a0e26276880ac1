using Mediator;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.ListFundEntries;

/// <summary>
/// The operations list: entries by <see cref="FundEntryFilter"/> (partnership, fund, kind, date range), sorted by date
/// or amount ('-' for descending; newest first by default), paged. An export takes the same filter record.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record ListFundEntriesQuery(FundEntryFilter Filter, string? Sort = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<FundEntryDto>>, IPagedQuery;

public sealed class ListFundEntriesHandler(FundReader reader) : IQueryHandler<ListFundEntriesQuery, Paged<FundEntryDto>>
{
    public async ValueTask<Paged<FundEntryDto>> Handle(ListFundEntriesQuery query, CancellationToken cancellationToken) =>
        await reader.ListEntriesAsync(query.Filter, query.Sort, query.Page, query.PageSize, cancellationToken);
}
