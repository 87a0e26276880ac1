using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.CarryOverFunds;

/// <summary>
/// Period end (ADR-007): moves the balances of the previous period's partnership of the same partner into this
/// partnership's funds of the same types, as pairs of CarryOver entries. Idempotent per Idempotency-Key, and a second
/// run moves nothing.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.FundsWrite, Scopes = Scopes.FundsWrite)]
public sealed record CarryOverFundsCommand(Guid PreviousPartnershipId) : ICommand<CarryOverDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid PartnershipId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }

    [JsonIgnore]
    public int SuccessStatus => 200;
}

public sealed class CarryOverFundsHandler(FundLedger ledger) : ICommandHandler<CarryOverFundsCommand, CarryOverDto>
{
    public async ValueTask<CarryOverDto> Handle(CarryOverFundsCommand command, CancellationToken cancellationToken) =>
        new(command.PreviousPartnershipId, command.PartnershipId, await ledger.CarryOverAsync(command.PreviousPartnershipId, command.PartnershipId, cancellationToken));
}
