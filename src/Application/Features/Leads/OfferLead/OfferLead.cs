using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.OfferLead;

/// <summary>
/// W5: an employee passes the lead to a chosen partner as an offer with a deadline (setting <c>Leads:OfferHours</c>),
/// optionally naming the owner among the partner's portal users. The partner's organization admins are e-mailed.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record OfferLeadCommand(Guid PartnerAccountId, Guid? OwnerId = null) : ICommand<LeadDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class OfferLeadHandler(IApplicationDbContext db, LeadStore store, LeadRouter router, LeadReader reader) : ICommandHandler<OfferLeadCommand, LeadDto>
{
    public async ValueTask<LeadDto> Handle(OfferLeadCommand command, CancellationToken cancellationToken)
    {
        var lead = await store.LoadAsync(command.Id, cancellationToken);
        await store.EnsurePartnerAsync(command.PartnerAccountId, cancellationToken);
        await store.EnsureOwnerAsync(command.OwnerId, command.PartnerAccountId, cancellationToken);
        var actor = store.Actor();
        lead.Offer(command.PartnerAccountId, command.OwnerId, router.Deadline(actor.At), actor, "Passed by an employee");
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(lead.Id, cancellationToken);
    }
}
