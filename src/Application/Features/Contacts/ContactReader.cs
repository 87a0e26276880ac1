using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.Contacts;

/// <summary>Contacts as employees see them: whether each already has a portal user, in any organization.</summary>
public sealed class ContactReader(IApplicationDbContext db)
{
    public IQueryable<ContactDto> Project(IQueryable<Contact> contacts) =>
        contacts.AsNoTracking().Select(c => new ContactDto(c.Id, c.Name, c.Email, db.PortalUsers.IgnoreQueryFilters().Any(u => u.ContactId == c.Id)));
}
