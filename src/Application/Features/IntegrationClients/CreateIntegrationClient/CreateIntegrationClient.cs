using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.IntegrationClients.CreateIntegrationClient;

[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record CreateIntegrationClientCommand(string DisplayName, IReadOnlyList<string> Scopes) : ICommand<IntegrationClientSecretDto>;

public sealed class CreateIntegrationClientHandler(IIntegrationClients clients) : ICommandHandler<CreateIntegrationClientCommand, IntegrationClientSecretDto>
{
    public async ValueTask<IntegrationClientSecretDto> Handle(CreateIntegrationClientCommand command, CancellationToken cancellationToken) =>
        await clients.CreateAsync(command.DisplayName.Trim(), [.. command.Scopes.Distinct()], cancellationToken);
}
