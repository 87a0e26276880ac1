using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Profile.UpdateProfile;

[Authorize(Roles = Roles.AnyEmployee + "," + Roles.PortalUser)]
public sealed record UpdateProfileCommand(string DisplayName) : ICommand;

public sealed class UpdateProfileHandler(IApplicationDbContext db, ICurrentUser user, IIdentityService identity) : ICommandHandler<UpdateProfileCommand>
{
    public async ValueTask<Unit> Handle(UpdateProfileCommand command, CancellationToken cancellationToken)
    {
        var id = user.Id!.Value;
        await identity.SetDisplayNameAsync(id, command.DisplayName.Trim(), cancellationToken);
        var contact = await (from u in db.PortalUsers join c in db.Contacts on u.ContactId equals c.Id where u.Id == id select c)
            .FirstOrDefaultAsync(cancellationToken);
        contact?.Rename(command.DisplayName);
        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }
}
