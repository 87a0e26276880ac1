using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Application.Features.DealRegistrations;

/// <summary>A submitted registration e-mails the partner manager (the partner account's owner), in the same transaction through the outbox.</summary>
public sealed class DealRegistrationSubmittedEmail(IApplicationDbContext db, IEmployeeDirectory employees, Outbox outbox, IOptions<AppOptions> app)
    : DomainEventHandler<DealRegistrationSubmitted>
{
    public const string Topic = "deal-registration";

    protected override async Task Handle(DealRegistrationSubmitted submitted, CancellationToken cancellationToken)
    {
        // Inside the partner's scope: the filter leaves exactly its own account, which is the one read here.
        var partner = await db.Accounts.Where(a => a.Id == submitted.PartnerAccountId).Select(a => new { a.Name, a.OwnerId }).FirstOrDefaultAsync(cancellationToken);
        if (partner?.OwnerId is not { } ownerId || await employees.FindAsync(ownerId, cancellationToken) is not { } manager)
        {
            return;
        }

        var link = $"{app.Value.PublicUrl?.TrimEnd('/')}/deal-registrations/{submitted.RegistrationId}";
        var text = $"{partner.Name} registered a deal: {submitted.CompanyName}." + (submitted.HasConflict ? " It conflicts with an earlier record of another partner." : string.Empty);
        outbox.Email(
            new EmailMessage(
                manager.Email, $"Deal registration to review: {submitted.CompanyName}", $"{text}\n\n{link}\n",
                $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Open the registration</a></p>"),
            Topic,
            submitted.RegistrationId);
    }
}

/// <summary>A decision (approval, rejection, extension) e-mails the registering user and the partner's organization admins.</summary>
public sealed class DealRegistrationDecidedEmail(PartnerRecipients recipients, Outbox outbox, IOptions<AppOptions> app) : DomainEventHandler<DealRegistrationDecided>
{
    protected override async Task Handle(DealRegistrationDecided decided, CancellationToken cancellationToken)
    {
        var emails = await recipients.EmailsAsync(decided.PartnerAccountId, decided.RegisteredById, cancellationToken);
        var link = $"{app.Value.PublicUrl?.TrimEnd('/')}/portal/deals/{decided.RegistrationId}";
        var text = decided.What switch
        {
            "rejected" => $"Your deal registration {decided.CompanyName} was rejected: {decided.Reason}",
            "extended" => $"The protection of your deal registration {decided.CompanyName} was extended until {decided.ProtectedUntil:yyyy-MM-dd}.",
            _ => $"Your deal registration {decided.CompanyName} was approved; the customer is protected until {decided.ProtectedUntil:yyyy-MM-dd}.",
        };
        foreach (var email in emails)
        {
            outbox.Email(
                new EmailMessage(
                    email, $"Deal registration {decided.What}: {decided.CompanyName}", $"{text}\n\n{link}\n",
                    $"<p>{WebUtility.HtmlEncode(text)}</p><p><a href=\"{WebUtility.HtmlEncode(link)}\">Open the registration</a></p>"),
                DealRegistrationSubmittedEmail.Topic,
                decided.RegistrationId);
        }
    }
}
