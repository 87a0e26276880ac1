using System.Net;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Funds;

namespace PartnerPortal.Application.Features.Funds;

/// <summary>
/// D12: the partner's organization admins get an e-mail for every credit or debit of their funds. Written to the
/// outbox in the money movement's own transaction: it leaves after the commit, and a mail outage never blocks or
/// rolls back the movement.
/// </summary>
public sealed class FundMovementEmail(PartnerRecipients recipients, Outbox outbox, IOptions<AppOptions> app) : DomainEventHandler<FundMoved>
{
    public const string Topic = "fund-movement";

    protected override async Task Handle(FundMoved moved, CancellationToken cancellationToken)
    {
        var admins = await recipients.EmailsAsync(moved.AccountId, null, cancellationToken);
        if (admins.Count == 0)
        {
            return;
        }

        var credited = moved.Amount > 0;
        var amount = Money.Format(Math.Abs(moved.Amount), moved.Currency);
        var balance = Money.Format(moved.BalanceAfter, moved.Currency);
        var portal = $"the {app.Value.VendorName} partner portal";
        var subject = credited ? $"{amount} credited to your {moved.FundName}" : $"{amount} debited from your {moved.FundName}";
        foreach (var email in admins)
        {
            outbox.Email(
                new EmailMessage(
                    email,
                    subject,
                    $"{subject}.\n\n{moved.Description}\n\nThe balance is now {balance}. You see every operation on {portal}.\n",
                    $"<p><b>{Html(subject)}</b>.</p><p>{Html(moved.Description)}</p><p>The balance is now <b>{Html(balance)}</b>. "
                    + $"You see every operation on {Html(portal)}.</p>"),
                Topic,
                moved.EntryId);
        }

        static string Html(string text) => WebUtility.HtmlEncode(text);
    }
}
