using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// D12: the partner's organization admins are told of every credit or debit of their funds, in the money movement's
/// own transaction: the e-mail leaves after the commit, and a mail outage never blocks or rolls back the movement.
/// </summary>
public sealed class FundMovementEmail(PartnerRecipients recipients, Notifier notifier, IOptions<AppOptions> app) : DomainEventHandler<FundMoved>
{
    public const string Topic = "fund-movement";

    protected override async Task Handle(FundMoved moved, CancellationToken cancellationToken)
    {
        var amount = Money.Format(Math.Abs(moved.Amount), moved.Currency);
        var balance = Money.Format(moved.BalanceAfter, moved.Currency);
        var title = moved.Amount > 0 ? $"{amount} credited to your {moved.FundName}" : $"{amount} debited from your {moved.FundName}";
        notifier.Send(
            await recipients.ListAsync(moved.AccountId, null, cancellationToken),
            new Notice(
                Topic, moved.EntryId, title,
                $"{title}.\n\n{moved.Description}\n\nThe balance is now {balance}. You see every operation on the {app.Value.VendorName} partner portal.",
                "/portal", "Open the portal"));
    }
}
