using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.GetFund;

[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record GetFundQuery(Guid Id) : IQuery<FundDto>;

public sealed class GetFundHandler(FundReader reader) : IQueryHandler<GetFundQuery, FundDto>
{
    public async ValueTask<FundDto> Handle(GetFundQuery query, CancellationToken cancellationToken) => await reader.GetFundAsync(query.Id, cancellationToken);
}
