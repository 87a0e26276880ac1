using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.RevokeIntegrationClient;

[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record RevokeIntegrationClientCommand(Guid Id) : ICommand;

public sealed class RevokeIntegrationClientHandler(IIntegrationClients clients) : ICommandHandler<RevokeIntegrationClientCommand>
{
    public async ValueTask<Unit> Handle(RevokeIntegrationClientCommand command, CancellationToken cancellationToken) =>
        await clients.RevokeAsync(command.Id, cancellationToken) ? Unit.Value : throw new NotFoundException("Integration client", command.Id);
}
