using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.RouteLead;

/// <summary>
/// An employee has the lead routed automatically: it is offered to the best eligible partner (see
/// <see cref="LeadRouter"/>), and the candidates, their scores and the reason are stored on the lead. When no partner is
/// eligible the decision says so and the vendor keeps the lead.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record RouteLeadCommand(Guid Id) : ICommand<LeadDto>;

public sealed class RouteLeadHandler(IApplicationDbContext db, LeadStore store, LeadRouter router, LeadReader reader) : ICommandHandler<RouteLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(RouteLeadCommand command, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(command.Id, cancellationToken);
        if (lead.IsClosed || lead.AccountId is not null || lead.OpenOffer is not null)
        {
            throw new Domain.Common.DomainRuleException(
                Domain.Common.ProblemCodes.LeadOfferInvalid, "Only a lead the vendor holds, still open and without an open offer, can be routed.", isConflict: true);
        }

        await router.RouteAsync(lead, "Routed by an employee", store.Actor(), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
