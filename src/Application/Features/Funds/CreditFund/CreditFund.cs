using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds.CreditFund;

/// <summary>W9: a manual credit from the vendor's budget, with a description. Idempotent per Idempotency-Key.</summary>
[Authorize(Roles = Permissions.RolesWith.FundsWrite, Scopes = Scopes.FundsWrite)]
public sealed record CreditFundCommand(decimal Amount, [property: MultiLine] string Description) : ICommand<FundEntryDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid FundId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class CreditFundHandler(FundLedger ledger, FundReader reader) : ICommandHandler<CreditFundCommand, FundEntryDto>
{
    public async ValueTask<FundEntryDto> Handle(CreditFundCommand command, CancellationToken cancellationToken)
    {
        var entry = await ledger.PostAsync(
            command.FundId,
            fund => fund.Credit(EntryKind.ManualCredit, LedgerAccount.VendorBudget, Money.ToMinor(command.Amount), command.Description, ledger.Author()),
            cancellationToken);
        return await reader.GetEntryAsync(entry.Id, cancellationToken);
    }
}
