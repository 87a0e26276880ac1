using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.PortalAccess;

namespace PartnerPortal.Application.Features.Portal;

[Authorize(Roles = Roles.PortalUser)]
public sealed record ListMyOrganizationUsersQuery : IQuery<IReadOnlyList<PortalUserDto>>, IPortalRequest;

[Authorize(Roles = Roles.PortalUser)]
public sealed record AddMyOrganizationUsersCommand(IReadOnlyList<string> Emails, bool MakeAdmins) : ICommand<IReadOnlyList<PortalUserDto>>, IPortalRequest;

[Authorize(Roles = Roles.PortalUser)]
public sealed record InviteMyOrganizationUserCommand(Guid Id) : ICommand<PortalUserDto>, IPortalRequest;

[Authorize(Roles = Roles.PortalUser)]
public sealed record DeactivateMyOrganizationUserCommand(Guid Id) : ICommand<PortalUserDto>, IPortalRequest;

public sealed class AddMyOrganizationUsersValidator : AbstractValidator<AddMyOrganizationUsersCommand>
{
    public AddMyOrganizationUsersValidator()
    {
        RuleFor(x => x.Emails).NotEmpty().WithMessage("Enter at least one e-mail.").Must(e => e is null || e.Count <= 100);
        RuleForEach(x => x.Emails).NotEmpty().EmailAddress().WithMessage("{PropertyValue} is not a valid e-mail address.").MaximumLength(250);
    }
}

/// <summary>D18: organization admins manage their colleagues' portal users, within the seat limit.</summary>
public sealed class MyOrganizationHandlers(IApplicationDbContext db, PartnerScope scope, PortalMembers members) :
    IQueryHandler<ListMyOrganizationUsersQuery, IReadOnlyList<PortalUserDto>>,
    ICommandHandler<AddMyOrganizationUsersCommand, IReadOnlyList<PortalUserDto>>,
    ICommandHandler<InviteMyOrganizationUserCommand, PortalUserDto>,
    ICommandHandler<DeactivateMyOrganizationUserCommand, PortalUserDto>
{
    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(ListMyOrganizationUsersQuery query, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        return await members.ListAsync(scope.OrganizationId!.Value, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(AddMyOrganizationUsersCommand command, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        var organization = await db.PortalOrganizations.SingleAsync(o => o.Id == scope.OrganizationId, cancellationToken);
        return await members.AddAsync(organization, [], command.Emails, command.MakeAdmins, sendInvitations: true, cancellationToken);
    }

    public async ValueTask<PortalUserDto> Handle(InviteMyOrganizationUserCommand command, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        var user = await FindColleague(command.Id, cancellationToken);
        await members.InviteAsync(user, await db.PortalOrganizations.SingleAsync(o => o.Id == scope.OrganizationId, cancellationToken), cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }

    public async ValueTask<PortalUserDto> Handle(DeactivateMyOrganizationUserCommand command, CancellationToken cancellationToken)
    {
        EnsureAdmin();
        var user = await FindColleague(command.Id, cancellationToken);
        if (user.Id == scope.PortalUserId)
        {
            throw new Domain.Common.DomainRuleException("cannot_deactivate_self", "You cannot deactivate yourself.");
        }

        user.Deactivate();
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }

    private void EnsureAdmin()
    {
        if (!scope.IsOrganizationAdmin)
        {
            throw new ForbiddenAccessException("Only your organization's administrators manage its users.");
        }
    }

    // The partner scope already hides other organizations' users; the organization check keeps it to this one.
    private Task<Domain.Portal.PortalUser> FindColleague(Guid id, CancellationToken cancellationToken) =>
        db.PortalUsers.Where(u => u.Id == id && u.OrganizationId == scope.OrganizationId).FirstOr404Async("Portal user", id, cancellationToken);
}
