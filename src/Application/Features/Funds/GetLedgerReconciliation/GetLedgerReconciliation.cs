using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.GetLedgerReconciliation;

/// <summary>The whole ledger: the global sum of postings (0 in double entry) and any fund whose balance disagrees with its postings.</summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record GetLedgerReconciliationQuery : IQuery<LedgerReconciliationDto>;

public sealed class GetLedgerReconciliationHandler(FundReader reader) : IQueryHandler<GetLedgerReconciliationQuery, LedgerReconciliationDto>
{
    public async ValueTask<LedgerReconciliationDto> Handle(GetLedgerReconciliationQuery query, CancellationToken cancellationToken) =>
        await reader.ReconcileLedgerAsync(cancellationToken);
}
