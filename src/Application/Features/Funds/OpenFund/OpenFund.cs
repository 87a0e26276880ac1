using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Funds.OpenFund;

/// <summary>Adds a fund of a type to a partnership by hand (balance 0); one per type (409 <c>fund_exists</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.FundsWrite, Scopes = Scopes.FundsWrite)]
public sealed record OpenFundCommand(Guid FundTypeId) : ICommand<FundDto>
{
    [JsonIgnore]
    public Guid PartnershipId { get; init; }
}

public sealed class OpenFundHandler(IApplicationDbContext db, FundLedger ledger, FundReader reader) : ICommandHandler<OpenFundCommand, FundDto>
{
    public async ValueTask<FundDto> Handle(OpenFundCommand command, CancellationToken cancellationToken)
    {
        var partnership = await db.Partnerships.Where(p => p.Id == command.PartnershipId).FirstOr404Async("Partnership", command.PartnershipId, cancellationToken);
        var type = await db.FundTypes.Where(t => t.Id == command.FundTypeId).FirstOr404Async("Fund type", command.FundTypeId, cancellationToken);
        if (!partnership.IsActive)
        {
            throw new DomainRuleException(ProblemCodes.PartnershipInactive, "Funds are added only to an active partnership.");
        }

        var fund = await ledger.OpenAsync(partnership, type, cancellationToken);
        return await reader.GetFundAsync(fund.Id, cancellationToken);
    }
}
