using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.DealRegistrations.ApproveDealRegistration;

/// <summary>
/// Approves a submitted registration: the customer is protected from now for the protection days of the partner's
/// level (benefit), else the <c>Deals:ProtectionDays</c> setting (90), and the partner gets its opportunity for that
/// customer (named after it, for the estimated amount and close date, owned by the registering user). The partner's
/// registering user and admins are e-mailed.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record ApproveDealRegistrationCommand : ICommand<DealRegistrationDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ApproveDealRegistrationHandler(IApplicationDbContext db, DealRegistrationStore store, DealRegistrationReader reader)
    : ICommandHandler<ApproveDealRegistrationCommand, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(ApproveDealRegistrationCommand command, CancellationToken cancellationToken)
    {
        var registration = await store.LoadAsync(command.Id, cancellationToken);
        var actor = store.Actor();
        registration.Approve(await store.ProtectionDaysAsync(registration.AccountId, cancellationToken), actor);
        db.Opportunities.Add(Opportunity.FromRegistration(registration, new OpportunityActor(actor.Id, actor.Name, actor.IsPartner, actor.At)));
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(registration.Id, cancellationToken);
    }
}
