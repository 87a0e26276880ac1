using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Common.Persistence;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Leads;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Application.Features.Leads;

/// <summary>
/// D12: an offer, and the reminder before its deadline, tell the partner's organization admins and the owner the
/// employee chose, in the offer's own transaction. Each recipient's e-mail carries their own Accept / Decline links that
/// act without signing in (section 6 item 6, ADR-009), single-use and valid until the deadline. A re-offer may follow
/// a partner's decline on the portal, inside that partner's scope, so the recipients of the NEXT partner are read past
/// the query filters; nothing read returns to the caller.
/// </summary>
public sealed class LeadOfferNotices(IApplicationDbContext db, PartnerRecipients recipients, Notifier notifier, TimeProvider clock, IOptions<AppOptions> app)
{
    public const string Topic = "lead";

    public async Task SendAsync(Guid leadId, Guid offerId, Guid partnerAccountId, DateTime deadline, string customer, bool reminder, CancellationToken cancellationToken)
    {
        // The offer just made is in this unit of work (also when a decline re-offers it inside the decliner's scope);
        // a reminder's is read by the job, outside any scope.
        var ownerId = db.LeadOffers.Tracked(db).Where(o => o.Id == offerId).Select(o => o.OwnerId).FirstOrDefault()
            ?? await db.LeadOffers.Where(o => o.Id == offerId).Select(o => o.OwnerId).FirstOrDefaultAsync(cancellationToken);
        var when = $"{deadline:yyyy-MM-dd HH:mm} UTC";
        var notice = reminder
            ? new Notice(
                Topic, leadId, $"Reminder: answer the lead {customer} by {when}",
                $"The lead {customer} offered to you by {app.Value.VendorName} waits for your answer until {when}; after that it is offered to another partner.",
                $"/portal/leads/{leadId}", "Open the lead")
            : new Notice(
                Topic, leadId, $"A lead for you: {customer}",
                $"{app.Value.VendorName} offers you a lead: {customer}. Accept or decline it by {when}; after that it is offered to another partner.",
                $"/portal/leads/{leadId}", "Open the lead");
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var recipient in await recipients.ListAsync(partnerAccountId, ownerId, cancellationToken))
        {
            var (accept, acceptToken) = EmailActionLink.Issue(EmailAction.AcceptLeadOffer, offerId, recipient.UserId, partnerAccountId, now, deadline);
            var (decline, declineToken) = EmailActionLink.Issue(EmailAction.DeclineLeadOffer, offerId, recipient.UserId, partnerAccountId, now, deadline);
            db.EmailActionLinks.AddRange(accept, decline);
            notifier.Send(
                recipient,
                notice,
                [("Accept", notifier.Url($"/email-action/{acceptToken}")), ("Decline", notifier.Url($"/email-action/{declineToken}"))],
                ["Accept and Decline work without signing in, once, until the deadline."]);
        }
    }
}

public sealed class LeadOfferedEmail(LeadOfferNotices notices) : DomainEventHandler<LeadOffered>
{
    protected override Task Handle(LeadOffered offered, CancellationToken cancellationToken) =>
        notices.SendAsync(offered.LeadId, offered.OfferId, offered.PartnerAccountId, offered.Deadline, offered.Customer, reminder: false, cancellationToken);
}

public sealed class LeadOfferRemindedEmail(LeadOfferNotices notices) : DomainEventHandler<LeadOfferReminded>
{
    protected override Task Handle(LeadOfferReminded reminded, CancellationToken cancellationToken) =>
        notices.SendAsync(reminded.LeadId, reminded.OfferId, reminded.PartnerAccountId, reminded.Deadline, reminded.Customer, reminder: true, cancellationToken);
}

/// <summary>D12: a partner's answer to an offer, or its expiry, tells the employee who created the lead.</summary>
public sealed class LeadOfferDecidedEmail(IApplicationDbContext db, IEmployeeDirectory employees, Notifier notifier) : DomainEventHandler<LeadOfferDecided>
{
    protected override async Task Handle(LeadOfferDecided decided, CancellationToken cancellationToken)
    {
        if (decided.CreatedByPartner || decided.CreatedById is not { } creatorId || await employees.FindAsync(creatorId, cancellationToken) is not { } creator)
        {
            return;
        }

        var partner = await db.Accounts.Where(a => a.Id == decided.PartnerAccountId).Select(a => a.Name).FirstOrDefaultAsync(cancellationToken) ?? "The partner";
        var (title, text) = decided.State switch
        {
            LeadOfferState.Accepted => ($"Lead accepted by {partner}: {decided.Customer}", $"{partner} accepted the lead {decided.Customer}."),
            LeadOfferState.Declined => ($"Lead declined by {partner}: {decided.Customer}", $"{partner} declined the lead {decided.Customer}: {decided.Reason}"),
            _ => ($"Lead offer expired: {decided.Customer}", $"{partner} did not answer the offer of the lead {decided.Customer} in time."),
        };
        notifier.Send([Recipient.Employee(creator)], new Notice(LeadOfferNotices.Topic, decided.LeadId, title, text, $"/leads/{decided.LeadId}", "Open the lead"));
    }
}
