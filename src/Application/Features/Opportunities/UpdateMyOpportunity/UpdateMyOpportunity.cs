using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.UpdateMyOpportunity;

/// <summary>
/// A partner works its opportunity: stage, amount, close date, next step and notes (a closed one's stage stays: 422
/// <c>opportunity_closed</c>). Winning it credits the partner's marketing fund at its level's % of the moment (D19);
/// changing a won one's amount recalculates the credit.
/// </summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record UpdateMyOpportunityCommand(
    OpportunityStage Stage,
    decimal Amount,
    DateOnly? ExpectedCloseDate = null,
    string? NextStep = null,
    [property: MultiLine] string? Notes = null) : ICommand<OpportunityDto>, IPortalRequest, IOpportunityWork
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateMyOpportunityHandler(IApplicationDbContext db, OpportunityStore store, OpportunityAccruals accruals, OpportunityReader reader)
    : ICommandHandler<UpdateMyOpportunityCommand, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(UpdateMyOpportunityCommand command, CancellationToken cancellationToken)
    {
        var opportunity = await store.LoadAsync(command.Id, cancellationToken);
        var actor = store.Actor();
        var before = OpportunitySnapshot.Of(opportunity);
        opportunity.Update(OpportunityFields.Worked(opportunity, command), actor);
        opportunity.ChangeStage(command.Stage, actor);
        await accruals.FixBasisAsync(opportunity, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        await accruals.SyncAsync(opportunity, before, cancellationToken);
        return await reader.GetAsync(opportunity.Id, cancellationToken);
    }
}
