using FluentValidation;
using Mediator;
using PartnerPortal.Application.Common.Behaviours;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Application.Features.Partnerships.ExportPartnerships;
using PartnerPortal.Application.Features.Partnerships.ListPartnerships;
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

    [Fact]
    public async Task StreamAuthorization_WrongRole_IsForbidden_BeforeTheHandlerReadsARow()
    {
        var behaviour = new StreamAuthorizationBehaviour<ExportPartnershipsQuery, PartnershipExportRow>(new FakeUser(true, Roles.PortalUserManager));
        var handlerRan = false;

        await Should.ThrowAsync<ForbiddenAccessException>(async () =>
        {
            await foreach (var _ in behaviour.Handle(AllPartnerships, (_, _) => { handlerRan = true; return Rows(); }, CancellationToken.None))
            {
            }
        });

        handlerRan.ShouldBeFalse();
    }

    [Fact]
    public async Task StreamValidation_InvalidFilter_FailsOnTheFirstRow_WithTheListsErrors()
    {
        var query = new ExportPartnershipsQuery(new PartnershipFilter(Search: new string('x', 101)), "secret");
        var behaviour = new StreamValidationBehaviour<ExportPartnershipsQuery, PartnershipExportRow>([new ExportPartnershipsValidator()]);
        var handlerRan = false;
        var rows = behaviour.Handle(query, (_, _) => { handlerRan = true; return Rows(); }, CancellationToken.None);
        await using var enumerator = rows.GetAsyncEnumerator();

        var error = await Should.ThrowAsync<ValidationException>(async () => await enumerator.MoveNextAsync());
        var listErrors = new ListPartnershipsValidator().Validate(new ListPartnershipsQuery(query.Filter, query.Sort)).Errors;

        handlerRan.ShouldBeFalse();
        error.Errors.Select(e => e.PropertyName).ShouldBe(listErrors.Select(e => e.PropertyName), ignoreOrder: true);
        error.Errors.Select(e => e.PropertyName).ShouldBe(["Filter.Search", "Sort"], ignoreOrder: true);
    }

    [Fact]
    public async Task StreamBehaviours_PassEveryRowThrough()
    {
        var authorized = new StreamAuthorizationBehaviour<ExportPartnershipsQuery, PartnershipExportRow>(new FakeUser(true, Roles.PartnerManager));
        var validated = new StreamValidationBehaviour<ExportPartnershipsQuery, PartnershipExportRow>([new ExportPartnershipsValidator()]);
        var count = 0;

        await foreach (var _ in authorized.Handle(AllPartnerships, (m, ct) => validated.Handle(m, (_, _) => Rows(), ct), CancellationToken.None))
        {
            count++;
        }

        count.ShouldBe(3);
    }

    private static readonly ExportPartnershipsQuery AllPartnerships = new(new PartnershipFilter());

    private static async IAsyncEnumerable<PartnershipExportRow> Rows()
    {
        for (var i = 0; i < 3; i++)
        {
            await Task.Yield();
            yield return new PartnershipExportRow($"P{i}", "A", "T", "L", default, default, true, i, 80, Guid.NewGuid());
        }
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
