using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.GetFundReconciliation;

/// <summary>A fund's stored balance against the sum of its postings (they must agree).</summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record GetFundReconciliationQuery(Guid Id) : IQuery<FundReconciliationDto>;

public sealed class GetFundReconciliationHandler(FundReader reader) : IQueryHandler<GetFundReconciliationQuery, FundReconciliationDto>
{
    public async ValueTask<FundReconciliationDto> Handle(GetFundReconciliationQuery query, CancellationToken cancellationToken) =>
        await reader.ReconcileAsync(query.Id, cancellationToken);
}
