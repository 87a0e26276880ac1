using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds.DebitFund;

/// <summary>
/// W9: a manual debit (a correction), with a description. Below zero only for <c>funds.overdraw</c> (Finance, Admin) with
/// an <see cref="OverdraftReason"/> (422 <c>overdraft_reason_required</c> without); anyone else gets 409
/// <c>insufficient_funds</c> (D8). Idempotent per Idempotency-Key.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.FundsWrite, Scopes = Scopes.FundsWrite)]
public sealed record DebitFundCommand(decimal Amount, [property: MultiLine] string Description, [property: MultiLine] string? OverdraftReason = null)
    : ICommand<FundEntryDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid FundId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class DebitFundHandler(FundLedger ledger, FundReader reader) : ICommandHandler<DebitFundCommand, FundEntryDto>
{
    public async ValueTask<FundEntryDto> Handle(DebitFundCommand command, CancellationToken cancellationToken)
    {
        var overdraft = ledger.OverdraftFor(command.OverdraftReason);
        var entry = await ledger.PostAsync(
            command.FundId,
            fund => fund.Debit(EntryKind.ManualDebit, LedgerAccount.ManualCorrection, Money.ToMinor(command.Amount), command.Description, ledger.Author(), overdraft),
            cancellationToken);
        return await reader.GetEntryAsync(entry.Id, cancellationToken);
    }
}
