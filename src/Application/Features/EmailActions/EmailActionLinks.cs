using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Application.Features.EmailActions;

/// <summary>
/// Finding an act-from-e-mail link by its secret (anonymous callers: no partner scope yet) and reading what it acts on.
/// An unknown secret is a 404 that says nothing more.
/// </summary>
public sealed class EmailActionLinks(IApplicationDbContext db, TimeProvider clock)
{
    public Task<EmailActionLink> FindAsync(string token, CancellationToken cancellationToken)
    {
        var hash = LinkToken.Hash(token);
        return db.EmailActionLinks.Where(l => l.TokenHash == hash).FirstOr404Async("Link", "for this address", cancellationToken);
    }

    public async Task<EmailActionDto> DescribeAsync(EmailActionLink link, CancellationToken cancellationToken)
    {
        var offer = await (from o in db.LeadOffers
                           join l in db.Leads on o.LeadId equals l.Id
                           where o.Id == link.SubjectId
                           select new { o.LeadId, o.State, o.Deadline, l.CompanyName, l.ContactName, l.ContactEmail })
            .FirstOr404Async("Link", "for this address", cancellationToken);
        var recipient = await (from u in db.PortalUsers
                               join c in db.Contacts on u.ContactId equals c.Id
                               where u.Id == link.RecipientId
                               select c.Name).FirstOrDefaultAsync(cancellationToken) ?? string.Empty;
        var now = clock.GetUtcNow().UtcDateTime;
        var state = link.UsedAt is not null ? EmailActionState.Used
            : offer.State != LeadOfferState.Open ? EmailActionState.Closed
            : link.IsExpiredAt(now) ? EmailActionState.Expired
            : EmailActionState.Ready;
        return new EmailActionDto(
            link.Action, state, offer.LeadId, offer.CompanyName ?? offer.ContactName ?? offer.ContactEmail ?? "(no name)", offer.Deadline, recipient);
    }
}
