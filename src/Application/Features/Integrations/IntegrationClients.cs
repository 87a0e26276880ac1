using FluentValidation;
using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Integrations;

[Authorize(Roles = Roles.Admin)]
public sealed record ListIntegrationClientsQuery : IQuery<IReadOnlyList<IntegrationClientDto>>;

[Authorize(Roles = Roles.Admin)]
public sealed record CreateIntegrationClientCommand(string DisplayName, IReadOnlyList<string> Scopes) : ICommand<IntegrationClientSecretDto>;

[Authorize(Roles = Roles.Admin)]
public sealed record RotateIntegrationClientSecretCommand(Guid Id) : ICommand<IntegrationClientSecretDto>;

[Authorize(Roles = Roles.Admin)]
public sealed record RevokeIntegrationClientCommand(Guid Id) : ICommand;

public sealed class CreateIntegrationClientValidator : AbstractValidator<CreateIntegrationClientCommand>
{
    public CreateIntegrationClientValidator()
    {
        RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(200);
        RuleFor(x => x.Scopes).NotEmpty().WithMessage("Grant at least one scope.");
        RuleForEach(x => x.Scopes).Must(Scopes.All.Contains).WithMessage($"Scopes are: {string.Join(", ", Scopes.All)}.");
    }
}

public sealed class IntegrationClientHandlers(IIntegrationClients clients) :
    IQueryHandler<ListIntegrationClientsQuery, IReadOnlyList<IntegrationClientDto>>,
    ICommandHandler<CreateIntegrationClientCommand, IntegrationClientSecretDto>,
    ICommandHandler<RotateIntegrationClientSecretCommand, IntegrationClientSecretDto>,
    ICommandHandler<RevokeIntegrationClientCommand>
{
    public async ValueTask<IReadOnlyList<IntegrationClientDto>> Handle(ListIntegrationClientsQuery query, CancellationToken cancellationToken) =>
        await clients.ListAsync(cancellationToken);

    public async ValueTask<IntegrationClientSecretDto> Handle(CreateIntegrationClientCommand command, CancellationToken cancellationToken) =>
        await clients.CreateAsync(command.DisplayName.Trim(), [.. command.Scopes.Distinct()], cancellationToken);

    public async ValueTask<IntegrationClientSecretDto> Handle(RotateIntegrationClientSecretCommand command, CancellationToken cancellationToken) =>
        await clients.RotateSecretAsync(command.Id, cancellationToken) ?? throw new NotFoundException("Integration client", command.Id);

    public async ValueTask<Unit> Handle(RevokeIntegrationClientCommand command, CancellationToken cancellationToken) =>
        await clients.RevokeAsync(command.Id, cancellationToken) ? Unit.Value : throw new NotFoundException("Integration client", command.Id);
}
