using System.Text.Json.Serialization;
using Mediator;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.RequestMyDealRegistrationExtension;

/// <summary>Asks to extend the running protection of your approved registration; it can be extended once (422 <c>deal_extension_used</c>).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record RequestMyDealRegistrationExtensionCommand : ICommand<DealRegistrationDto>, IPortalRequest
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class RequestMyDealRegistrationExtensionHandler(IApplicationDbContext db, DealRegistrationStore store, DealRegistrationReader reader)
    : ICommandHandler<RequestMyDealRegistrationExtensionCommand, DealRegistrationDto>
{
    public async ValueTask<DealRegistrationDto> Handle(RequestMyDealRegistrationExtensionCommand command, CancellationToken cancellationToken)
    {
        var registration = await store.LoadAsync(command.Id, cancellationToken);
        registration.RequestExtension(store.Actor());
        await db.SaveChangesAsync(cancellationToken);
        return await reader.GetAsync(registration.Id, cancellationToken);
    }
}
