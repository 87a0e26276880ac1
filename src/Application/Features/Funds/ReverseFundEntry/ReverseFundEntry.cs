using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Idempotency;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.Funds.ReverseFundEntry;

/// <summary>
/// Corrects an entry by a reversal entry pointing at it (entries are never edited): at most once (409
/// <c>entry_already_reversed</c>); a reversal or a carry-over is not reversible (422 <c>entry_not_reversible</c>). A
/// reversal that would overdraw follows the overdraft rule of a debit (D8). Idempotent per Idempotency-Key.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.FundsWrite, Scopes = Scopes.FundsWrite)]
public sealed record ReverseFundEntryCommand([property: MultiLine] string Reason, [property: MultiLine] string? OverdraftReason = null)
    : ICommand<FundEntryDto>, IIdempotentCommand
{
    [JsonIgnore]
    public Guid EntryId { get; init; }

    [JsonIgnore]
    public string? IdempotencyKey { get; init; }
}

public sealed class ReverseFundEntryHandler(FundLedger ledger, FundReader reader) : ICommandHandler<ReverseFundEntryCommand, FundEntryDto>
{
    public async ValueTask<FundEntryDto> Handle(ReverseFundEntryCommand command, CancellationToken cancellationToken)
    {
        var reversal = await ledger.ReverseAsync(command.EntryId, command.Reason, ledger.OverdraftFor(command.OverdraftReason), cancellationToken);
        return await reader.GetEntryAsync(reversal.Id, cancellationToken);
    }
}
