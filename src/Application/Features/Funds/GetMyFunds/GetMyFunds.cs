using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Portal;

namespace PartnerPortal.Application.Features.Funds.GetMyFunds;

/// <summary>Portal: the funds of your active partnership, balances and latest operations, read-only (W8.6).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyFundsQuery : IQuery<IReadOnlyList<PortalFundDto>>, IPortalRequest;

public sealed class GetMyFundsHandler(MyProgramReader program, FundReader reader) : IQueryHandler<GetMyFundsQuery, IReadOnlyList<PortalFundDto>>
{
    public async ValueTask<IReadOnlyList<PortalFundDto>> Handle(GetMyFundsQuery query, CancellationToken cancellationToken) =>
        await reader.PortalFundsAsync(await program.ActivePartnershipIdAsync(cancellationToken), cancellationToken);
}
