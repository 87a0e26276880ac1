using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Accounts;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Application.Features.Accounts.ListAccounts;

// Portal user managers pick partner accounts to open their portal organizations.
[Authorize(Roles = Roles.AnyEmployee, Scopes = Scopes.PartnersRead)]
public sealed record ListAccountsQuery(AccountType? Type, string? Search, int Page = 1, int PageSize = 25) : IQuery<Paged<AccountDto>>;

public sealed class ListAccountsHandler(IApplicationDbContext db, AccountOwners owners) : IQueryHandler<ListAccountsQuery, Paged<AccountDto>>
{
    public async ValueTask<Paged<AccountDto>> Handle(ListAccountsQuery query, CancellationToken cancellationToken)
    {
        var accounts = db.Accounts.AsNoTracking();
        if (query.Type is { } type)
        {
            accounts = accounts.Where(a => a.Type == type);
        }

        if (PrefixSearch.Range(query.Search) is var (from, to))
        {
            accounts = accounts.Where(a => a.NormalizedName.CompareTo(from) >= 0 && a.NormalizedName.CompareTo(to) < 0);
        }

        var page = await accounts.OrderBy(a => a.Name)
            .Select(a => new AccountDto(a.Id, a.Name, a.Type, a.OwnerId, null, a.Website, a.Country, a.EmailDomain, a.Region, a.TaxId))
            .ToPagedAsync(query.Page, query.PageSize, cancellationToken);
        var names = await owners.NamesAsync(page.Items.Select(a => a.OwnerId), cancellationToken);
        return page with { Items = [.. page.Items.Select(a => a with { OwnerName = AccountOwners.NameOf(names, a.OwnerId) })] };
    }
}
