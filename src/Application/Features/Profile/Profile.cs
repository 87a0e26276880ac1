using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Profile;

[Authorize(Roles = Roles.AnyEmployee + "," + Roles.PortalUser)]
public sealed record UpdateProfileCommand(string DisplayName) : ICommand;

[Authorize(Roles = Roles.AnyEmployee + "," + Roles.PortalUser)]
public sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword) : ICommand;

public sealed class UpdateProfileValidator : AbstractValidator<UpdateProfileCommand>
{
    public UpdateProfileValidator() => RuleFor(x => x.DisplayName).NotEmpty().MaximumLength(250);
}

public sealed class ChangePasswordValidator : AbstractValidator<ChangePasswordCommand>
{
    public ChangePasswordValidator()
    {
        RuleFor(x => x.CurrentPassword).NotEmpty();
        RuleFor(x => x.NewPassword).NotEmpty().MinimumLength(10).MaximumLength(128);
    }
}

public sealed class ProfileHandlers(IApplicationDbContext db, ICurrentUser user, IIdentityService identity) :
    ICommandHandler<UpdateProfileCommand>,
    ICommandHandler<ChangePasswordCommand>
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

    public async ValueTask<Unit> Handle(ChangePasswordCommand command, CancellationToken cancellationToken)
    {
        await identity.ChangePasswordAsync(user.Id!.Value, command.CurrentPassword, command.NewPassword, cancellationToken);
        return Unit.Value;
    }
}
