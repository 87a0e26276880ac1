using FluentValidation;
using Mediator;
using PartnerPortal.Application.Common.Behaviours;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PartnerTypes;
using PartnerPortal.Application.Features.PartnerTypes.CreatePartnerType;

namespace PartnerPortal.Application.UnitTests;

public sealed class BehaviourTests
{
    private static readonly CreatePartnerTypeCommand AdminOnly = new("Reseller", null);

    [Fact]
    public async Task Authorization_AnonymousCaller_IsUnauthenticated()
    {
        var behaviour = new AuthorizationBehaviour<CreatePartnerTypeCommand, PartnerTypeDto>(new FakeUser(authenticated: false));

        await Should.ThrowAsync<UnauthorizedAccessException>(async () => await behaviour.Handle(AdminOnly, Next, CancellationToken.None));
    }

    [Fact]
    public async Task Authorization_WrongRole_IsForbidden()
    {
        var behaviour = new AuthorizationBehaviour<CreatePartnerTypeCommand, PartnerTypeDto>(new FakeUser(true, Roles.PartnerManager));

        await Should.ThrowAsync<ForbiddenAccessException>(async () => await behaviour.Handle(AdminOnly, Next, CancellationToken.None));
    }

    [Fact]
    public async Task Authorization_RightRole_RunsTheHandler()
    {
        var behaviour = new AuthorizationBehaviour<CreatePartnerTypeCommand, PartnerTypeDto>(new FakeUser(true, Roles.Admin));

        var result = await behaviour.Handle(AdminOnly, Next, CancellationToken.None);

        result.Name.ShouldBe("Reseller");
    }

    [Fact]
    public async Task Validation_InvalidCommand_StopsBeforeTheHandler()
    {
        var behaviour = new ValidationBehaviour<CreatePartnerTypeCommand, PartnerTypeDto>([new CreatePartnerTypeValidator()]);
        var handlerRan = false;

        var error = await Should.ThrowAsync<ValidationException>(async () => await behaviour.Handle(
            new CreatePartnerTypeCommand("", null),
            (_, _) => { handlerRan = true; return Next(AdminOnly, CancellationToken.None); },
            CancellationToken.None));

        handlerRan.ShouldBeFalse();
        error.Errors.ShouldContain(e => e.PropertyName == "Name");
    }

    private static ValueTask<PartnerTypeDto> Next(CreatePartnerTypeCommand command, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new PartnerTypeDto(Guid.NewGuid(), command.Name, null, 0));

    private sealed class FakeUser(bool authenticated, params string[] roles) : ICurrentUser
    {
        public Guid? Id => authenticated ? Guid.Empty : null;

        public string? DisplayName => authenticated ? "tester" : null;

        public bool IsAuthenticated => authenticated;

        public bool IsInRole(string role) => roles.Contains(role);

        public bool HasScope(string scope) => false;
    }
}
