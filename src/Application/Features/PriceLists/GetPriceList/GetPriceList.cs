using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.PriceLists.GetPriceList;

[Authorize(Roles = Permissions.RolesWith.ProgramRead, Scopes = Scopes.ProgramRead)]
public sealed record GetPriceListQuery(Guid Id) : IQuery<PriceListDetailDto>;

public sealed class GetPriceListHandler(PriceListStore lists) : IQueryHandler<GetPriceListQuery, PriceListDetailDto>
{
    public async ValueTask<PriceListDetailDto> Handle(GetPriceListQuery query, CancellationToken cancellationToken) => await lists.GetAsync(query.Id, cancellationToken);
}
