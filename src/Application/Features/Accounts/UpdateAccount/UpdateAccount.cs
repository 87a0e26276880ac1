using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Accounts.UpdateAccount;

[Authorize(Roles = Permissions.RolesWith.PartnersWrite, Scopes = Scopes.PartnersWrite)]
public sealed record UpdateAccountCommand(string Name, AccountType Type, Guid? OwnerId, string? Website, string? Country, string? EmailDomain = null, string? Region = null, string? TaxId = null)
    : ICommand<AccountDto>, IAccountFields
{
    [JsonIgnore]
    public Guid Id { get; init; }
}

public sealed class UpdateAccountHandler(IApplicationDbContext db, AccountOwners owners, AccountNames names) : ICommandHandler<UpdateAccountCommand, AccountDto>
{
    public async ValueTask<AccountDto> Handle(UpdateAccountCommand command, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == command.Id).FirstOr404Async("Account", command.Id, cancellationToken);
        await owners.EnsureExistsAsync(command.OwnerId, cancellationToken);
        await names.EnsureUniqueAsync(command.Name, account.Id, cancellationToken);
        if (account.IsPartner && command.Type != AccountType.Partner
            && (await db.Partnerships.AnyAsync(p => p.AccountId == account.Id, cancellationToken)
                || await db.PortalOrganizations.AnyAsync(o => o.AccountId == account.Id, cancellationToken)))
        {
            throw new DomainRuleException(
                ProblemCodes.AccountHasPartnerships, "This account has partnerships or a portal organization, so it must stay a partner.", isConflict: true);
        }

        account.Update(command.Name, command.Type, command.OwnerId, command.Website, command.Country, command.EmailDomain, command.Region, command.TaxId);
        await db.SaveChangesAsync(cancellationToken);
        return await owners.ToDtoAsync(account, cancellationToken);
    }
}
