using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.Contacts.ListContacts;

[Authorize(Roles = Roles.AnyEmployee)]
public sealed record ListContactsQuery(Guid AccountId) : IQuery<IReadOnlyList<ContactDto>>;

public sealed class ListContactsHandler(IApplicationDbContext db) : IQueryHandler<ListContactsQuery, IReadOnlyList<ContactDto>>
{
    public async ValueTask<IReadOnlyList<ContactDto>> Handle(ListContactsQuery query, CancellationToken cancellationToken)
    {
        await db.Accounts.Where(a => a.Id == query.AccountId).Select(a => a.Id).FirstOr404Async("Account", query.AccountId, cancellationToken);
        return await db.Contacts.AsNoTracking().Where(c => c.AccountId == query.AccountId).OrderBy(c => c.Name)
            .Select(c => new ContactDto(c.Id, c.Name, c.Email, db.PortalUsers.IgnoreQueryFilters().Any(u => u.ContactId == c.Id)))
            .ToListAsync(cancellationToken);
    }
}
