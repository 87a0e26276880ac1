using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Application.Features.Notifications;
using PartnerPortal.Application.Features.PortalUsers;
using PartnerPortal.Domain.Orders;

namespace PartnerPortal.Application.Features.Orders;

/// <summary>
/// D12 for orders (issue 10), in the change's own transaction: a partner's submission (and its cancellation of a submitted
/// order) tells the employee who handles the partner's orders, the partner account's owner (the partner manager, as for
/// deal registrations); the vendor's confirmation, delivery or cancellation tells the partner's organization admins.
/// A draft the vendor never saw, and a vendor's own submission, tell no one.
/// </summary>
public sealed class OrderEmail(IApplicationDbContext db, VendorRecipients vendorSide, PartnerRecipients partnerSide, Notifier notifier)
    : DomainEventHandler<OrderStatusChanged>
{
    public const string Topic = "order";

    protected override async Task Handle(OrderStatusChanged changed, CancellationToken cancellationToken)
    {
        var toVendor = changed.ByPartner && (changed.To == OrderStatus.Submitted || (changed.To == OrderStatus.Cancelled && changed.From != OrderStatus.Draft));
        var toPartner = !changed.ByPartner
            && (changed.To is OrderStatus.Confirmed or OrderStatus.Delivered || (changed.To == OrderStatus.Cancelled && changed.From != OrderStatus.Draft));
        if (!toVendor && !toPartner)
        {
            return;
        }

        // Inside the partner's scope the filter leaves exactly its own account, which is the one read here.
        var account = await db.Accounts.Where(a => a.Id == changed.AccountId).Select(a => new { a.Name, a.OwnerId }).FirstOrDefaultAsync(cancellationToken);
        if (account is null)
        {
            return;
        }

        IReadOnlyList<Recipient> recipients = toVendor
            ? await vendorSide.ManagerAsync(account.OwnerId, cancellationToken)
            : await partnerSide.ListAsync(changed.AccountId, null, cancellationToken);
        var (title, text) = changed.To switch
        {
            OrderStatus.Submitted => ($"Order to confirm: {changed.Number}", $"{changed.By ?? "A partner user"} of {account.Name} submitted the order {changed.Number} ({changed.Total})."),
            OrderStatus.Cancelled when toVendor => ($"Order cancelled by the partner: {changed.Number}", $"{account.Name} cancelled its submitted order {changed.Number} ({changed.Total})."),
            OrderStatus.Confirmed => ($"Your order was confirmed: {changed.Number}", $"Your order {changed.Number} ({changed.Total}) was confirmed."),
            OrderStatus.Delivered => ($"Your order was delivered: {changed.Number}", $"Your order {changed.Number} ({changed.Total}) was delivered."),
            _ => ($"Your order was cancelled: {changed.Number}", $"Your order {changed.Number} ({changed.Total}) was cancelled."),
        };
        if (changed.Note is { } note)
        {
            text += $"\n\nReason: {note}";
        }

        var link = toVendor ? $"/orders/{changed.OrderId}" : $"/portal/orders/{changed.OrderId}";
        notifier.Send(recipients, new Notice(Topic, changed.OrderId, title, text, link, "Open the order"));
    }
}
