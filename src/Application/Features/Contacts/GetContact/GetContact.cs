using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Contacts.GetContact;

/// <summary>One contact of an account.</summary>
[Authorize(Roles = Roles.AnyEmployee)]
public sealed record GetContactQuery(Guid AccountId, Guid Id) : IQuery<ContactDto>;

public sealed class GetContactHandler(IApplicationDbContext db, ContactReader reader) : IQueryHandler<GetContactQuery, ContactDto>
{
    public async ValueTask<ContactDto> Handle(GetContactQuery query, CancellationToken cancellationToken) =>
        await reader.Project(db.Contacts.Where(c => c.AccountId == query.AccountId && c.Id == query.Id))
            .FirstOr404Async("Contact", query.Id, cancellationToken);
}
