using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.ApproveDealRegistrationExtension;

/// <summary>Grants the partner's requested extension: the protection runs the protection days longer, once (a second one is 422 <c>deal_extension_used</c>).</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.SalesWrite)]
public sealed record ApproveDealRegistrationExtensionCommand : ICommand<DealRegistrationDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class ApproveDealRegistrationExtensionHandler(IApplicationDbContext db, DealRegistrationStore store, DealRegistrationReader reader)
    : ICommandHandler<ApproveDealRegistrationExtensionCommand, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(ApproveDealRegistrationExtensionCommand command, CancellationToken cancellationToken)
    {
        var registration = await store.LoadAsync(command.Id, cancellationToken);
        registration.ApproveExtension(await store.ProtectionDaysAsync(registration.AccountId, cancellationToken), store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(registration.Id, cancellationToken);
    }
}
