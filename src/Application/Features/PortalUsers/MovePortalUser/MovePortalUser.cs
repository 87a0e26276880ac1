using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.LicensePools;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers.MovePortalUser;

[Authorize(Roles = Permissions.RolesWith.PortalAccessManage)]
public sealed record MovePortalUserCommand(Guid OrganizationId) : ICommand<PortalUserDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class MovePortalUserHandler(IApplicationDbContext db, PortalUserFinder finder, PortalMembers members)
    : ICommandHandler<MovePortalUserCommand, PortalUserDto>
{
    public async ValueTask<PortalUserDto> Handle(MovePortalUserCommand command, CancellationToken cancellationToken)
    {
        var user = await finder.UserAsync(command.Id, cancellationToken);
        var target = await finder.OrganizationAsync(command.OrganizationId, cancellationToken);
        var current = await db.Contacts.SingleAsync(c => c.Id == user.ContactId, cancellationToken);
        var contact = await db.Contacts.FirstOrDefaultAsync(c => c.AccountId == target.AccountId && c.Email == user.Email, cancellationToken);
        if (contact is null)
        {
            contact = Contact.Create(target.AccountId, current.Name, user.Email);
            db.Contacts.Add(contact);
        }

        user.MoveTo(target, contact);
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }
}
