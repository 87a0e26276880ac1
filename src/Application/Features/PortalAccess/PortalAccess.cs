using System.Text.Json.Serialization;
using FluentValidation;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Licensing;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalAccess;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record ListPortalOrganizationsQuery : IQuery<IReadOnlyList<PortalOrganizationDto>>;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record GetPortalOrganizationQuery(Guid AccountId) : IQuery<PortalOrganizationDto>;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record CreatePortalOrganizationCommand(Guid AccountId) : ICommand<PortalOrganizationDto>;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record ListContactsQuery(Guid AccountId) : IQuery<IReadOnlyList<ContactDto>>;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record CreateContactCommand(string Name, string Email) : ICommand<ContactDto>
{
    [JsonIgnore]
    public Guid AccountId { get; init; }
}

public sealed class CreateContactValidator : AbstractValidator<CreateContactCommand>
{
    public CreateContactValidator()
    {
        RuleFor(x => x.Name).NotEmpty().MaximumLength(250);
        RuleFor(x => x.Email).NotEmpty().EmailAddress().MaximumLength(250);
    }
}

[Authorize(Roles = Roles.PortalStaff)]
public sealed record ListPortalUsersQuery(Guid OrganizationId) : IQuery<IReadOnlyList<PortalUserDto>>;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record AddPortalUsersCommand(IReadOnlyList<Guid>? ContactIds, IReadOnlyList<string>? Emails, bool MakeAdmins, bool SendInvitations)
    : ICommand<IReadOnlyList<PortalUserDto>>
{
    [JsonIgnore]
    public Guid OrganizationId { get; init; }
}

[Authorize(Roles = Roles.PortalStaff)]
public sealed record SetPortalUserAdminCommand(bool IsOrganizationAdmin) : ICommand<PortalUserDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

[Authorize(Roles = Roles.PortalStaff)]
public sealed record SetPortalUserActiveCommand(Guid Id, bool IsActive) : ICommand<PortalUserDto>;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record InvitePortalUserCommand(Guid Id) : ICommand<PortalUserDto>;

[Authorize(Roles = Roles.PortalStaff)]
public sealed record MovePortalUserCommand(Guid OrganizationId) : ICommand<PortalUserDto>
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class AddPortalUsersValidator : AbstractValidator<AddPortalUsersCommand>
{
    public AddPortalUsersValidator()
    {
        RuleFor(x => x).Must(x => (x.ContactIds?.Count ?? 0) + (x.Emails?.Count ?? 0) > 0)
            .WithName("emails").WithMessage("Pick contacts or enter at least one e-mail.");
        RuleFor(x => x.ContactIds).Must(ids => ids is null || ids.Count <= 100).WithMessage("Add at most 100 users at once.");
        RuleFor(x => x.Emails).Must(e => e is null || e.Count <= 100).WithMessage("Add at most 100 users at once.");
        RuleForEach(x => x.Emails).NotEmpty().EmailAddress().WithMessage("{PropertyValue} is not a valid e-mail address.").MaximumLength(250);
    }
}

public sealed class PortalAccessHandlers(IApplicationDbContext db, PortalMembers members, TimeProvider clock) :
    IQueryHandler<ListPortalOrganizationsQuery, IReadOnlyList<PortalOrganizationDto>>,
    IQueryHandler<GetPortalOrganizationQuery, PortalOrganizationDto>,
    ICommandHandler<CreatePortalOrganizationCommand, PortalOrganizationDto>,
    IQueryHandler<ListContactsQuery, IReadOnlyList<ContactDto>>,
    ICommandHandler<CreateContactCommand, ContactDto>,
    IQueryHandler<ListPortalUsersQuery, IReadOnlyList<PortalUserDto>>,
    ICommandHandler<AddPortalUsersCommand, IReadOnlyList<PortalUserDto>>,
    ICommandHandler<SetPortalUserAdminCommand, PortalUserDto>,
    ICommandHandler<SetPortalUserActiveCommand, PortalUserDto>,
    ICommandHandler<InvitePortalUserCommand, PortalUserDto>,
    ICommandHandler<MovePortalUserCommand, PortalUserDto>
{
    public async ValueTask<IReadOnlyList<PortalOrganizationDto>> Handle(ListPortalOrganizationsQuery query, CancellationToken cancellationToken) =>
        await Project(db.PortalOrganizations.OrderBy(o => o.Name)).ToListAsync(cancellationToken);

    public async ValueTask<PortalOrganizationDto> Handle(GetPortalOrganizationQuery query, CancellationToken cancellationToken) =>
        await Project(db.PortalOrganizations.Where(o => o.AccountId == query.AccountId))
            .FirstOr404Async("Portal organization of account", query.AccountId, cancellationToken);

    public async ValueTask<PortalOrganizationDto> Handle(CreatePortalOrganizationCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.AccountId).FirstOr404Async("Account", command.AccountId, cancellationToken);
        await db.PortalOrganizations.EnsureNoneAsync(
            o => o.AccountId == account.Id, "organization_exists", $"{account.Name} already has a portal organization.", cancellationToken);
        db.PortalOrganizations.Add(PortalOrganization.Create(account));
        await db.SaveChangesAsync(cancellationToken);
        return await Handle(new GetPortalOrganizationQuery(account.Id), cancellationToken);
    }

    public async ValueTask<IReadOnlyList<ContactDto>> Handle(ListContactsQuery query, CancellationToken cancellationToken)
    {
        await db.Accounts.Where(a => a.Id == query.AccountId).Select(a => a.Id).FirstOr404Async("Account", query.AccountId, cancellationToken);
        return await db.Contacts.AsNoTracking().Where(c => c.AccountId == query.AccountId).OrderBy(c => c.Name)
            .Select(c => new ContactDto(c.Id, c.Name, c.Email, db.PortalUsers.IgnoreQueryFilters().Any(u => u.ContactId == c.Id)))
            .ToListAsync(cancellationToken);
    }

    public async ValueTask<ContactDto> Handle(CreateContactCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.AccountId).FirstOr404Async("Account", command.AccountId, cancellationToken);
        var email = Contact.NormalizeEmail(command.Email);
        await db.Contacts.EnsureNoneAsync(
            c => c.AccountId == account.Id && c.Email == email, "duplicate_contact", $"{account.Name} already has a contact {email}.", cancellationToken);
        var contact = Contact.Create(account.Id, command.Name, email);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactDto(contact.Id, contact.Name, contact.Email, false);
    }

    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(ListPortalUsersQuery query, CancellationToken cancellationToken)
    {
        await FindOrganization(query.OrganizationId, cancellationToken);
        return await members.ListAsync(query.OrganizationId, cancellationToken);
    }

    public async ValueTask<IReadOnlyList<PortalUserDto>> Handle(AddPortalUsersCommand command, CancellationToken cancellationToken) =>
        await members.AddAsync(
            await FindOrganization(command.OrganizationId, cancellationToken), command.ContactIds ?? [], command.Emails ?? [], command.MakeAdmins,
            command.SendInvitations, cancellationToken);

    public async ValueTask<PortalUserDto> Handle(SetPortalUserAdminCommand command, CancellationToken cancellationToken)
    {
        var user = await FindUser(command.Id, cancellationToken);
        user.SetOrganizationAdmin(command.IsOrganizationAdmin);
        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }

    public async ValueTask<PortalUserDto> Handle(SetPortalUserActiveCommand command, CancellationToken cancellationToken)
    {
        var user = await FindUser(command.Id, cancellationToken);
        if (command.IsActive)
        {
            await Seats.ActivateAsync(db, [user], clock.GetUtcNow().UtcDateTime, cancellationToken);
        }
        else
        {
            user.Deactivate();
        }

        await db.SaveChangesAsync(cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }

    public async ValueTask<PortalUserDto> Handle(InvitePortalUserCommand command, CancellationToken cancellationToken)
    {
        var user = await FindUser(command.Id, cancellationToken);
        await members.InviteAsync(user, await FindOrganization(user.OrganizationId, cancellationToken), cancellationToken);
        return await members.ReadAsync(user.Id, cancellationToken);
    }

    public async ValueTask<PortalUserDto> Handle(MovePortalUserCommand command, CancellationToken cancellationToken)
    {
        var user = await FindUser(command.Id, cancellationToken);
        var target = await FindOrganization(command.OrganizationId, cancellationToken);
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

    private Task<PortalOrganization> FindOrganization(Guid id, CancellationToken cancellationToken) =>
        db.PortalOrganizations.Where(o => o.Id == id).FirstOr404Async("Portal organization", id, cancellationToken);

    private Task<PortalUser> FindUser(Guid id, CancellationToken cancellationToken) =>
        db.PortalUsers.Where(u => u.Id == id).FirstOr404Async("Portal user", id, cancellationToken);

    private IQueryable<PortalOrganizationDto> Project(IQueryable<PortalOrganization> organizations) =>
        from o in organizations.AsNoTracking()
        join a in db.Accounts on o.AccountId equals a.Id
        select new PortalOrganizationDto(
            o.Id, o.AccountId, a.Name, o.Name,
            db.PortalUsers.Count(u => u.OrganizationId == o.Id),
            db.PortalUsers.Count(u => u.OrganizationId == o.Id && u.IsActive));
}
