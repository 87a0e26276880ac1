using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.RotateIntegrationClientSecret;

[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record RotateIntegrationClientSecretCommand(Guid Id) : ICommand<IntegrationClientSecretDto>;

public sealed class RotateIntegrationClientSecretHandler(IIntegrationClients clients)
    : ICommandHandler<RotateIntegrationClientSecretCommand, IntegrationClientSecretDto>
{
    public async ValueTask<IntegrationClientSecretDto> Handle(RotateIntegrationClientSecretCommand command, CancellationToken cancellationToken) =>
        await clients.RotateSecretAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Integration client", command.Id);
}
