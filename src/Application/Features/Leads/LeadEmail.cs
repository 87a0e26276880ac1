using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Leads;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// D12: a lead offered to a partner e-mails the partner's organization admins (and the owner the employee chose), in
/// the offer's own transaction through the outbox. A re-offer may follow a partner's decline on the portal, inside that
/// partner's scope, so the recipients of the NEXT partner are read past the query filters; only e-mail addresses are
/// read, and nothing returns to the caller.
/// </summary>
public sealed class LeadOfferedEmail(IApplicationDbContext db, PartnerRecipients recipients, Outbox outbox, IOptions<AppOptions> app) : DomainEventHandler<LeadOffered>
{
    public const string Topic = "lead";

    protected override async Task Handle(LeadOffered offered, CancellationToken cancellationToken)
    {
        var ownerId = db.LeadOffers.Local.Where(o => o.Id == offered.OfferId).Select(o => o.OwnerId).FirstOrDefault();
        var emails = await recipients.EmailsAsync(offered.PartnerAccountId, ownerId, cancellationToken);
        var link = $"{app.Value.PublicUrl?.TrimEnd('/')}/portal/leads/{offered.LeadId}";
        var portal = $"the {app.Value.VendorName} partner portal";
        var deadline = $"{offered.Deadline:yyyy-MM-dd HH:mm} UTC";
        foreach (var email in emails)
        {
            outbox.Email(
                new EmailMessage(
                    email,
                    $"A lead for you: {offered.Customer}",
                    $"{app.Value.VendorName} offers you a lead: {offered.Customer}.\nAccept or decline it on {portal} by {deadline}; after that it is offered to another partner.\n\n{link}\n",
                    $"<p>{Html(app.Value.VendorName)} offers you a lead: <b>{Html(offered.Customer)}</b>.</p>"
                    + $"<p>Accept or decline it on {Html(portal)} by {Html(deadline)}; after that it is offered to another partner.</p>"
                    + $"<p><a href=\"{Html(link)}\">Open the lead</a></p>"),
                Topic,
                offered.LeadId);
        }
    }

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}

/// <summary>D12: a partner's answer to an offer, or its expiry, e-mails the employee who created the lead.</summary>
public sealed class LeadOfferDecidedEmail(IApplicationDbContext db, IEmployeeDirectory employees, Outbox outbox) : DomainEventHandler<LeadOfferDecided>
{
    protected override async Task Handle(LeadOfferDecided decided, CancellationToken cancellationToken)
    {
        if (decided.CreatedByPartner || decided.CreatedById is not { } creatorId || await employees.FindAsync(creatorId, cancellationToken) is not { } creator)
        {
            return;
        }

        var partner = await db.Accounts.Where(a => a.Id == decided.PartnerAccountId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "The partner";
        var (subject, text) = decided.State switch
        {
            LeadOfferState.Accepted => ($"Lead accepted by {partner}: {decided.Customer}", $"{partner} accepted the lead {decided.Customer}."),
            LeadOfferState.Declined => ($"Lead declined by {partner}: {decided.Customer}", $"{partner} declined the lead {decided.Customer}: {decided.Reason}"),
            _ => ($"Lead offer expired: {decided.Customer}", $"{partner} did not answer the offer of the lead {decided.Customer} in time."),
        };
        outbox.Email(
            new EmailMessage(creator.Email, subject, text + "\n", $"<p>{WebUtility.HtmlEncode(text)}</p>"),
            LeadOfferedEmail.Topic,
            decided.LeadId);
    }
}
