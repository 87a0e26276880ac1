using Mediator;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;
using PartnerPortal.Domain.Funds;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.CreateOpportunity;

/// <summary>
/// An employee creates an opportunity: the vendor's own (no partner; the creating employee owns it unless another
/// employee is named) or a partner's (invariant 13: owned by one of the partner's active portal users or an employee).
/// It starts in <see cref="Stage"/> (Qualification by default); created as Closed won it credits the partner's fund (D19).
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record CreateOpportunityCommand(
    string Name,
    Guid? CustomerAccountId,
    string? Customer,
    decimal Amount,
    DateOnly? ExpectedCloseDate = null,
    Guid? PartnerAccountId = null,
    Guid? OwnerId = null,
    Guid? EmployeeOwnerId = null,
    string? NextStep = null,
    [property: MultiLine] string? Notes = null,
    OpportunityStage Stage = OpportunityStage.Qualification) : ICommand<OpportunityDto>, IOpportunityFields;

public sealed class CreateOpportunityHandler(
    IApplicationDbContext db, OpportunityStore store, OpportunityAccruals accruals, OpportunityReader reader, IOptions<AppOptions> app, ICurrentUser user)
    : ICommandHandler<CreateOpportunityCommand, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(CreateOpportunityCommand command, CancellationToken cancellationToken)
    {
        var employeeOwner = command.EmployeeOwnerId ?? (command.OwnerId is null ? user.Id : null);
        await store.EnsurePartyAsync(command.PartnerAccountId, command.OwnerId, command.EmployeeOwnerId, cancellationToken);
        var (customerAccountId, customer) = await store.CustomerAsync(command.CustomerAccountId, command.Customer, cancellationToken);
        var actor = store.Actor();
        var opportunity = Opportunity.Create(
            new OpportunityDetails(command.Name, customerAccountId, customer, Money.ToMinor(command.Amount), command.ExpectedCloseDate, command.NextStep, command.Notes),
            app.Value.Currency, command.PartnerAccountId, command.OwnerId, employeeOwner, actor);
        var before = OpportunitySnapshot.Of(opportunity);
        opportunity.ChangeStage(command.Stage, actor);
        await accruals.FixBasisAsync(opportunity, cancellationToken);
        db.Opportunities.Add(opportunity);
        await db.SaveChangesAsync(cancellationToken);
        await accruals.SyncAsync(opportunity, before, cancellationToken);
        return await reader.GetAsync(opportunity.Id, cancellationToken);
    }
}
