using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.ListPartnershipFunds;

/// <summary>A partnership's funds with their balances.</summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record ListPartnershipFundsQuery(Guid PartnershipId) : IQuery<IReadOnlyList<FundDto>>;

public sealed class ListPartnershipFundsHandler(FundReader reader) : IQueryHandler<ListPartnershipFundsQuery, IReadOnlyList<FundDto>>
{
    public async ValueTask<IReadOnlyList<FundDto>> Handle(ListPartnershipFundsQuery query, CancellationToken cancellationToken) =>
        await reader.ListFundsAsync(query.PartnershipId, cancellationToken);
}
