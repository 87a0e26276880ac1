using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.AcceptInvitation;

/// <summary>Follows an invitation link: sets the password; the caller is then signed in as the returned user.</summary>
[AllowAnonymous]
public sealed record AcceptInvitationCommand(string Password, string? DisplayName) : ICommand<Guid>
{
    [JsonIgnore]
    public string Token { get; init; } = string.Empty;
}

public sealed class AcceptInvitationHandler(IApplicationDbContext db, IIdentityService identity, TimeProvider clock) : ICommandHandler<AcceptInvitationCommand, Guid>
{
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
