using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.DealRegistrations;

namespace PartnerPortal.Application.Features.DealRegistrations;

/// <summary>A submitted registration tells the partner manager (the partner account's owner), in the same transaction.</summary>
public sealed class DealRegistrationSubmittedEmail(IApplicationDbContext db, VendorRecipients vendorSide, Notifier notifier)
    : DomainEventHandler<DealRegistrationSubmitted>
{
    public const string Topic = "deal-registration";

    protected override async Task Handle(DealRegistrationSubmitted submitted, CancellationToken cancellationToken)
    {
        // Inside the partner's scope: the filter leaves exactly its own account, which is the one read here.
        var partner = await db.Accounts.Where(a => a.Id == submitted.PartnerAccountId).Select(a => new { a.Name, a.OwnerId }).FirstOrDefaultAsync(cancellationToken);
        if (partner is null || await vendorSide.ManagerAsync(partner.OwnerId, cancellationToken) is not { Count: > 0 } manager)
        {
            return;
        }

        var text = $"{partner.Name} registered a deal: {submitted.CompanyName}." + (submitted.HasConflict ? " It conflicts with an earlier record of another partner." : string.Empty);
        notifier.Send(
            manager,
            new Notice(Topic, submitted.RegistrationId, $"Deal registration to review: {submitted.CompanyName}", text, $"/deal-registrations/{submitted.RegistrationId}", "Open the registration"));
    }
}

/// <summary>A decision (approval, rejection, extension) tells the registering user and the partner's organization admins.</summary>
public sealed class DealRegistrationDecidedEmail(PartnerRecipients recipients, Notifier notifier) : DomainEventHandler<DealRegistrationDecided>
{
    protected override async Task Handle(DealRegistrationDecided decided, CancellationToken cancellationToken)
    {
        var text = decided.What switch
        {
            "rejected" => $"Your deal registration {decided.CompanyName} was rejected: {decided.Reason}",
            "extended" => $"The protection of your deal registration {decided.CompanyName} was extended until {decided.ProtectedUntil:yyyy-MM-dd}.",
            _ => $"Your deal registration {decided.CompanyName} was approved; the customer is protected until {decided.ProtectedUntil:yyyy-MM-dd}.",
        };
        notifier.Send(
            await recipients.ListAsync(decided.PartnerAccountId, decided.RegisteredById, cancellationToken),
            new Notice(
                DealRegistrationSubmittedEmail.Topic, decided.RegistrationId, $"Deal registration {decided.What}: {decided.CompanyName}", text,
                $"/portal/deals/{decided.RegistrationId}", "Open the registration"));
    }
}
