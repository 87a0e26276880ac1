using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Partnerships;

namespace PartnerPortal.Application.Features.Partnerships.Tiers;

/// <summary>W7 step 5 and D12: a promotion tells the partner's organization admins and its partner manager, with the reason.</summary>
public sealed class PromotionNotice(IApplicationDbContext db, PartnerRecipients partners, VendorRecipients vendor, Notifier notifier)
    : DomainEventHandler<PartnershipPromoted>
{
    public const string Topic = "partnership-promoted";

    protected override async Task Handle(PartnershipPromoted promoted, CancellationToken cancellationToken)
    {
        var title = $"Promoted to {promoted.ToLevel}";
        notifier.Send(
            await partners.ListAsync(promoted.AccountId, null, cancellationToken),
            new Notice(Topic, promoted.PartnershipId, title,
                $"Your partnership moved up from {promoted.FromLevel} to {promoted.ToLevel}. Its benefits apply from now on.\n\n{promoted.Reason}",
                "/portal", "See your program"));
        var (partner, manager) = await TierNotices.VendorSideAsync(db, vendor, promoted.AccountId, cancellationToken);
        notifier.Send(
            manager,
            new Notice(Topic, promoted.PartnershipId, $"{partner} promoted to {promoted.ToLevel}",
                $"{partner} moved up from {promoted.FromLevel} to {promoted.ToLevel}.\n\n{promoted.Reason}",
                $"/partnerships/{promoted.PartnershipId}", "Open the partnership"));
    }
}

/// <summary>Section 6.2: a partner falling below pace is told once per period, and so is its partner manager.</summary>
public sealed class AtRiskNotice(IApplicationDbContext db, PartnerRecipients partners, VendorRecipients vendor, Notifier notifier)
    : DomainEventHandler<PartnershipAtRisk>
{
    public const string Topic = "partnership-at-risk";

    protected override async Task Handle(PartnershipAtRisk atRisk, CancellationToken cancellationToken)
    {
        notifier.Send(
            await partners.ListAsync(atRisk.AccountId, null, cancellationToken),
            new Notice(Topic, atRisk.PartnershipId, $"Your {atRisk.Level} level is at risk",
                $"{atRisk.Explanation}\n\nThe level is decided at renewal; there is still time to catch up.", "/portal", "See what is missing"));
        var (partner, manager) = await TierNotices.VendorSideAsync(db, vendor, atRisk.AccountId, cancellationToken);
        notifier.Send(
            manager,
            new Notice(Topic, atRisk.PartnershipId, $"{partner} is at risk of losing {atRisk.Level}", atRisk.Explanation,
                $"/partnerships/{atRisk.PartnershipId}", "Open the partnership"));
    }
}

/// <summary>The vendor side of a tier notice: the partner's name and its partner manager.</summary>
internal static class TierNotices
{
    public static async Task<(string Partner, IReadOnlyList<Recipient> Manager)> VendorSideAsync(
        IApplicationDbContext db, VendorRecipients vendor, Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Accounts.Where(a => a.Id == accountId).Select(a => new { a.Name, a.OwnerId }).FirstAsync(cancellationToken);
        return (account.Name, await vendor.ManagerAsync(account.OwnerId, cancellationToken));
    }
}
