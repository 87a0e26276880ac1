using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders.CreateOrderFromOpportunity;

/// <summary>
/// An employee turns a won partner opportunity into a draft order for its partner, once: 409 <c>opportunity_not_won</c>
/// when it is not won, 409 <c>opportunity_has_order</c> when it became an order already. The draft starts without lines.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record CreateOrderFromOpportunityCommand(Guid OpportunityId) : ICommand<OrderDto>;

public sealed class CreateOrderFromOpportunityHandler(IApplicationDbContext db, OrderStore store, OrderReader reader)
    : ICommandHandler<CreateOrderFromOpportunityCommand, OrderDto>
{
    public async ValueTask<OrderDto> Handle(CreateOrderFromOpportunityCommand command, CancellationToken cancellationToken)
    {
        var opportunity = await db.Opportunities.AsNoTracking().Where(o => o.Id == command.OpportunityId)
            .FirstOr404Async("Opportunity", command.OpportunityId, cancellationToken);
        if (await db.Orders.AnyAsync(o => o.OpportunityId == opportunity.Id, cancellationToken))
        {
            throw new DomainRuleException(ProblemCodes.OpportunityHasOrder, "The opportunity became an order already.", isConflict: true);
        }

        var order = Order.FromOpportunity(opportunity, store.Actor());
        db.Orders.Add(order);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(order.Id, cancellationToken);
    }
}
