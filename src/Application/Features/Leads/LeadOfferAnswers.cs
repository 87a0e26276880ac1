using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// A partner's answer to its open offer, inside its scope, from the portal or from an e-mail's link: accepting makes it
/// the holder; declining ends its access and re-offers the lead to the next eligible partner in the same unit of work.
/// The caller saves.
/// </summary>
public sealed class LeadOfferAnswers(LeadStore store, LeadRouter router, PartnerScope scope)
{
    public async Task<Lead> AcceptAsync(Guid leadId, LeadActor actor, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(leadId, cancellationToken);
        lead.Accept(store.MyOpenOffer(lead).Id, scope.PortalUserId!.Value, actor);
        return lead;
    }

    public async Task<Lead> DeclineAsync(Guid leadId, string reason, LeadActor actor, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(leadId, cancellationToken);
        lead.Decline(store.MyOpenOffer(lead).Id, reason, actor);
        await router.RouteAsync(lead, "Offer declined", actor with { Id = null, Name = "System", IsPartner = false }, cancellationToken);
        return lead;
    }
}
