using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.UpdateOpportunity;

/// <summary>
/// An employee changes an opportunity: its fields, partner and owner, and stage (a closed one only by reopening, 422
/// <c>opportunity_closed</c>). D19 / W6.3: winning a partner opportunity credits its partner's marketing fund at the %
/// of that moment; changing the amount or the partner of a won one reverses the credit and credits it again, with
/// entries that say why. Every change is in the history. Of two concurrent changes the second gets 409 <c>concurrent_change</c>.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record UpdateOpportunityCommand(
    string Name,
    Guid? CustomerAccountId,
    string? Customer,
    decimal Amount,
    OpportunityStage Stage,
    DateOnly? ExpectedCloseDate = null,
    Guid? PartnerAccountId = null,
    Guid? OwnerId = null,
    Guid? EmployeeOwnerId = null,
    string? NextStep = null,
    [property: MultiLine] string? Notes = null) : ICommand<OpportunityDto>, IOpportunityFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateOpportunityHandler(IApplicationDbContext db, OpportunityStore store, OpportunityAccruals accruals, OpportunityReader reader)
    : ICommandHandler<UpdateOpportunityCommand, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(UpdateOpportunityCommand command, CancellationToken cancellationToken)
    {
        var opportunity = await store.LoadAsync(command.Id, cancellationToken);
        await store.EnsurePartyAsync(command.PartnerAccountId, command.OwnerId, command.EmployeeOwnerId, cancellationToken);
        var (customerAccountId, customer) = await store.CustomerAsync(command.CustomerAccountId, command.Customer, cancellationToken);
        var actor = store.Actor();
        var before = OpportunitySnapshot.Of(opportunity);
        opportunity.Update(
            new OpportunityDetails(command.Name, customerAccountId, customer, Money.ToMinor(command.Amount), command.ExpectedCloseDate, command.NextStep, command.Notes),
            actor);
        opportunity.ChangePartner(command.PartnerAccountId, command.OwnerId, command.EmployeeOwnerId, actor);
        opportunity.ChangeStage(command.Stage, actor);
        await accruals.FixBasisAsync(opportunity, cancellationToken);

        // The opportunity is saved first (under its version: a concurrent change loses here), then the fund follows it;
        // both commit together or not at all (TransactionBehaviour).
        await db.SaveChangesAsync(cancellationToken);
        await accruals.SyncAsync(opportunity, before, cancellationToken);
        return await reader.GetAsync(opportunity.Id, cancellationToken);
    }
}
