using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.ApproveDealRegistration;

/// <summary>
/// Approves a submitted registration: the customer is protected from now for the protection days of the partner's
/// level (benefit), else the <c>Deals:ProtectionDays</c> setting (90). The partner's registering user and admins are e-mailed.
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
        registration.Approve(await store.ProtectionDaysAsync(registration.AccountId, cancellationToken), store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(registration.Id, cancellationToken);
    }
}
