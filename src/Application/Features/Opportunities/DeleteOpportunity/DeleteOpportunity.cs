using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Opportunities.DeleteOpportunity;

/// <summary>
/// An employee deletes an opportunity with its history; a won one's fund credit is reversed first, in the same
/// transaction ("Opportunity … deleted"; 409 <c>insufficient_funds</c> if the partner has spent it). A lead it was
/// converted from no longer links to it.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record DeleteOpportunityCommand(Guid Id) : ICommand;

public sealed class DeleteOpportunityHandler(IApplicationDbContext db, OpportunityStore store, OpportunityAccruals accruals) : ICommandHandler<DeleteOpportunityCommand>
{
    public async ValueTask<Unit> Handle(DeleteOpportunityCommand command, CancellationToken cancellationToken)
    {
        var opportunity = await store.LoadAsync(command.Id, cancellationToken);
        var name = opportunity.Name;
        await accruals.ReverseAsync(opportunity, $"Opportunity \"{name}\" deleted", cancellationToken);
        var reloaded = await store.LoadAsync(command.Id, cancellationToken);
        if (reloaded.LeadId is { } leadId && await db.Leads.FirstOrDefaultAsync(l => l.Id == leadId, cancellationToken) is { } lead)
        {
            lead.UnlinkOpportunity(reloaded.Id);
        }

        db.Opportunities.Remove(reloaded);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
