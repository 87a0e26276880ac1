using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Application.Features.Partnerships;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Accounts.GetAccount;

[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record GetAccountQuery(Guid Id) : IQuery<AccountDetailDto>;

public sealed class GetAccountHandler(IApplicationDbContext db, AccountOwners owners, PartnershipReader partnerships)
    : IQueryHandler<GetAccountQuery, AccountDetailDto>
{
    public async ValueTask<AccountDetailDto> Handle(GetAccountQuery query, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.AsNoTracking().Where(a => a.Id == query.Id).FirstOr404Async("Account", query.Id, cancellationToken);
        var page = await partnerships.ListAsync(
            new PartnershipFilter(AccountId: account.Id), "-startDate", 1, PagingExtensions.MaxPageSize, cancellationToken);
        var names = await owners.NamesAsync([account.OwnerId], cancellationToken);
        return new AccountDetailDto(
            account.Id, account.Name, account.Type, account.OwnerId, AccountOwners.NameOf(names, account.OwnerId), account.Website, account.Country, account.EmailDomain, account.Region,
            page.Items, account.TaxId);
    }
}
