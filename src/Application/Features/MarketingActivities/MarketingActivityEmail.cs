using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.MarketingActivities;

namespace PartnerPortal.Application.Features.MarketingActivities;

/// <summary>
/// D12: every status change of an activity tells the other side (in-app and e-mail through the outbox) in the change's
/// own transaction. A partner's change (submission, cancellation) goes to the account's owner (the partner manager); an
/// employee's decision goes to the proposer and the partner's organization admins.
/// </summary>
public sealed class MarketingActivityEmail(
    IApplicationDbContext db, VendorRecipients vendorSide, PartnerRecipients partnerSide, Notifier notifier, IOptions<AppOptions> app)
    : DomainEventHandler<MarketingActivityStatusChanged>
{
    public const string Topic = "marketing-activity";

    protected override async Task Handle(MarketingActivityStatusChanged changed, CancellationToken cancellationToken)
    {
        if (changed.From == MarketingActivityStatus.Draft && changed.To == MarketingActivityStatus.Cancelled)
        {
            return; // a draft was never shown to the vendor: nobody on the other side to tell
        }

        var account = await db.Accounts.Where(a => a.Id == changed.AccountId).Select(a => new { a.Name, a.OwnerId }).SingleAsync(cancellationToken);
        var recipients = changed.ByPartner
            ? await vendorSide.ManagerAsync(account.OwnerId, cancellationToken)
            : await partnerSide.ListAsync(changed.AccountId, changed.ProposedBy, cancellationToken);
        var (subject, text) = Wording(changed, account.Name);
        var details = $"Activity: {changed.Name}\nPartner: {account.Name}" + (changed.Note is null ? string.Empty : $"\nNote: {changed.Note}");
        var link = changed.ByPartner ? $"/marketing-activities/{changed.ActivityId}" : $"/portal/marketing-activities/{changed.ActivityId}";
        notifier.Send(recipients, new Notice(Topic, changed.ActivityId, subject, $"{text}\n\n{details}", link, "Open the activity"));
    }

    private (string Subject, string Text) Wording(MarketingActivityStatusChanged changed, string partner)
    {
        var portal = $"the {app.Value.VendorName} partner portal";
        return changed.To switch
        {
            MarketingActivityStatus.OnApproval => (
                $"Marketing activity to approve: {changed.Name}",
                $"{changed.By ?? "A partner user"} of {partner} submitted the marketing activity \"{changed.Name}\" for approval."),
            MarketingActivityStatus.Approved => (
                $"Your marketing activity was approved: {changed.Name}",
                $"Your marketing activity \"{changed.Name}\" was approved. You see its budget and your fund on {portal}."),
            MarketingActivityStatus.Rejected => (
                $"Your marketing activity was rejected: {changed.Name}",
                $"Your marketing activity \"{changed.Name}\" was rejected."),
            MarketingActivityStatus.Completed => (
                $"Your marketing activity was completed: {changed.Name}",
                $"Your marketing activity \"{changed.Name}\" was completed; its budget was settled to the amount spent."),
            MarketingActivityStatus.Cancelled when changed.ByPartner => (
                $"Marketing activity cancelled by the partner: {changed.Name}",
                $"{changed.By ?? "A partner user"} of {partner} cancelled the marketing activity \"{changed.Name}\"."),
            MarketingActivityStatus.Cancelled => (
                $"Your marketing activity was cancelled: {changed.Name}",
                $"Your marketing activity \"{changed.Name}\" was cancelled."),
            _ => ($"Marketing activity changed: {changed.Name}", $"The marketing activity \"{changed.Name}\" is now {MarketingActivity.Describe(changed.To)}."),
        };
    }
}
