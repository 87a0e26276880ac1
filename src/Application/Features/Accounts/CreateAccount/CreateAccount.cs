using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Accounts.CreateAccount;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record CreateAccountCommand(string Name, AccountType Type, Guid? OwnerId, string? Website, string? Country, string? EmailDomain = null, string? Region = null, string? TaxId = null)
    : ICommand<AccountDto>, IAccountFields;

public sealed class CreateAccountHandler(IApplicationDbContext db, AccountOwners owners, AccountNames names) : ICommandHandler<CreateAccountCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(CreateAccountCommand command, CancellationToken cancellationToken)
    {
        await owners.EnsureExistsAsync(command.OwnerId, cancellationToken);
        await names.EnsureUniqueAsync(command.Name, null, cancellationToken);
        var account = Account.Create(command.Name, command.Type, command.OwnerId, command.Website, command.Country, command.EmailDomain, command.Region, command.TaxId);
        db.Accounts.Add(account);
        await db.SaveChangesAsync(cancellationToken);
        return await owners.ToDtoAsync(account, cancellationToken);
    }
}
