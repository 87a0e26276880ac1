using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.ReopenOpportunity;

/// <summary>
/// An employee reopens a won or lost opportunity into an open stage (Negotiation by default) with a reason; a won
/// one's fund credit is reversed in the same transaction (W6.3), refused with 409 <c>insufficient_funds</c> if the
/// partner has spent it.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record ReopenOpportunityCommand([property: MultiLine] string Reason, OpportunityStage Stage = OpportunityStage.Negotiation) : ICommand<OpportunityDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ReopenOpportunityHandler(IApplicationDbContext db, OpportunityStore store, OpportunityAccruals accruals, OpportunityReader reader)
    : ICommandHandler<ReopenOpportunityCommand, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(ReopenOpportunityCommand command, CancellationToken cancellationToken)
    {
        var opportunity = await store.LoadAsync(command.Id, cancellationToken);
        var before = OpportunitySnapshot.Of(opportunity);
        opportunity.Reopen(command.Stage, command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        await accruals.SyncAsync(opportunity, before, cancellationToken);
        return await reader.GetAsync(opportunity.Id, cancellationToken);
    }
}
