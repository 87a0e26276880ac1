using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalAccess;

public enum InvitationLinkStatus
{
    Valid,
    Expired,
    Used,
}

public sealed record InvitationDto(string Email, string OrganizationName, InvitationLinkStatus Status);

[AllowAnonymous]
public sealed record GetInvitationQuery(string Token) : IQuery<InvitationDto>;

/// <summary>Follows an invitation link: sets the password; the caller is then signed in as the returned user.</summary>
[AllowAnonymous]
public sealed record AcceptInvitationCommand(string Password, string? DisplayName) : ICommand<Guid>
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string Token { get; init; } = string.Empty;
}

public sealed class AcceptInvitationValidator : AbstractValidator<AcceptInvitationCommand>
{
    public AcceptInvitationValidator()
    {
        RuleFor(x => x.Password).NotEmpty().MinimumLength(10).MaximumLength(128);
        RuleFor(x => x.DisplayName).MaximumLength(250);
        RuleFor(x => x.Token).NotEmpty().MaximumLength(200);
    }
}

public sealed class InvitationHandlers(IApplicationDbContext db, IIdentityService identity, TimeProvider clock) :
    IQueryHandler<GetInvitationQuery, InvitationDto>,
    ICommandHandler<AcceptInvitationCommand, Guid>
{
    public async ValueTask<InvitationDto> Handle(GetInvitationQuery query, CancellationToken cancellationToken)
    {
        var hash = PortalUser.Hash(query.Token);
        var found = await (
                from u in db.PortalUsers.IgnoreQueryFilters()
                join o in db.PortalOrganizations.IgnoreQueryFilters() on u.OrganizationId equals o.Id
                where u.InvitationTokenHash == hash
                select new { u.Email, o.Name, u.InvitationExpiresAt, u.InvitationAcceptedAt, u.IsActive })
            .FirstOrDefaultAsync(cancellationToken)
            ?? throw new NotFoundException("Invitation", "for this link");
        var status = found.InvitationAcceptedAt is not null ? InvitationLinkStatus.Used
            : found.InvitationExpiresAt < clock.GetUtcNow().UtcDateTime || !found.IsActive ? InvitationLinkStatus.Expired
            : InvitationLinkStatus.Valid;
        return new InvitationDto(found.Email, found.Name, status);
    }

    public async ValueTask<Guid> Handle(AcceptInvitationCommand command, CancellationToken cancellationToken)
    {
        var hash = PortalUser.Hash(command.Token);
        var user = await db.PortalUsers.IgnoreQueryFilters().FirstOrDefaultAsync(u => u.InvitationTokenHash == hash, cancellationToken)
            ?? throw new NotFoundException("Invitation", "for this link");
        user.AcceptInvitation(command.Token, clock.GetUtcNow().UtcDateTime);
        await identity.SetPasswordAsync(user.Id, command.Password, cancellationToken);
        if (!string.IsNullOrWhiteSpace(command.DisplayName))
        {
            await identity.SetDisplayNameAsync(user.Id, command.DisplayName.Trim(), cancellationToken);
            var contact = await db.Contacts.IgnoreQueryFilters().SingleAsync(c => c.Id == user.ContactId, cancellationToken);
            contact.Rename(command.DisplayName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return user.Id;
    }
}
