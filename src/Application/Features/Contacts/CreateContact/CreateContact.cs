using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Contacts.CreateContact;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record CreateContactCommand(string Name, string Email) : ICommand<ContactDto>
{
    [JsonIgnore]
    public Guid AccountId { get; init; }
}

public sealed class CreateContactHandler(IApplicationDbContext db) : ICommandHandler<CreateContactCommand, ContactDto>
{
    public async ValueTask<ContactDto> Handle(CreateContactCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.AccountId).FirstOr404Async("Account", command.AccountId, cancellationToken);
        var email = Contact.NormalizeEmail(command.Email);
        await db.Contacts.EnsureNoneAsync(
            c => c.AccountId == account.Id && c.Email == email, ProblemCodes.DuplicateContact, $"{account.Name} already has a contact {email}.", cancellationToken);
        var contact = Contact.Create(account.Id, command.Name, email);
        db.Contacts.Add(contact);
        await db.SaveChangesAsync(cancellationToken);
        return new ContactDto(contact.Id, contact.Name, contact.Email, false);
    }
}
