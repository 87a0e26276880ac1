using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Common.Validation;

namespace PartnerPortal.Application.Features.DealRegistrations.RejectDealRegistration;

/// <summary>Rejects a submitted registration with a reason; the partner's registering user and admins are e-mailed.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record RejectDealRegistrationCommand([property: MultiLine] string Reason) : ICommand<DealRegistrationDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RejectDealRegistrationHandler(IApplicationDbContext db, DealRegistrationStore store, DealRegistrationReader reader)
    : ICommandHandler<RejectDealRegistrationCommand, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(RejectDealRegistrationCommand command, CancellationToken cancellationToken)
    {
        var registration = await store.LoadAsync(command.Id, cancellationToken);
        registration.Reject(command.Reason, store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(registration.Id, cancellationToken);
    }
}
