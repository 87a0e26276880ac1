using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Contacts.ListContacts;

/// <summary>The account's contacts by name, optionally those whose name or e-mail contains <see cref="Search"/>.</summary>
[Authorize(Roles = Roles.AnyEmployee)]
public sealed record ListContactsQuery(Guid AccountId, string? Search = null, int Page = 1, int PageSize = PagingExtensions.DefaultPageSize)
    : IQuery<Paged<ContactDto>>, IPagedQuery;

public sealed class ListContactsHandler(IApplicationDbContext db, ContactReader reader) : IQueryHandler<ListContactsQuery, Paged<ContactDto>>
{
    public async ValueTask<Paged<ContactDto>> Handle(ListContactsQuery query, CancellationToken cancellationToken)
    {
        await db.Accounts.Where(a => a.Id == query.AccountId).Select(a => a.Id).FirstOr404Async("Account", query.AccountId, cancellationToken);
        var contacts = db.Contacts.Where(c => c.AccountId == query.AccountId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var pattern = $"%{query.Search.Trim().ToLower()}%";
            contacts = contacts.Where(c => EF.Functions.Like(c.Name.ToLower(), pattern) || EF.Functions.Like(c.Email.ToLower(), pattern));
        }

        return await reader.Project(contacts.OrderBy(c => c.Name).ThenBy(c => c.Id)).ToPagedAsync(query.Page, query.PageSize, cancellationToken);
    }
}
