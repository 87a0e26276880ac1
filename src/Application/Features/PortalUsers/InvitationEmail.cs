using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Domain.Messaging;
using PartnerPortal.Domain.Portal;

namespace PartnerPortal.Application.Features.PortalUsers;

/// <summary>
/// Writes the invitation e-mail to the outbox in the transaction that issued the link: it leaves after the commit,
/// and a command that fails afterwards sends nothing.
/// </summary>
public sealed class InvitationEmail(IApplicationDbContext db, Outbox outbox, IAppLinks links, IOptions<AppOptions> app) : DomainEventHandler<PortalUserInvited>
{
    public const string Topic = "invitation";

    /// <summary>The delivery state a user row shows, from the state and attempts of its latest invitation e-mail.</summary>
    public static InvitationDelivery DeliveryOf(OutboxMessageState? state, int attempts) => state switch
    {
        null => InvitationDelivery.None,
        OutboxMessageState.Sent => InvitationDelivery.Sent,
        OutboxMessageState.Dead => InvitationDelivery.Failed,
        _ => attempts > 0 ? InvitationDelivery.Retrying : InvitationDelivery.Queued,
    };

    protected override async Task Handle(PortalUserInvited invited, CancellationToken cancellationToken)
    {
        var organization = await db.PortalOrganizations
            .Where(o => o.Id == invited.OrganizationId).Select(o => o.Name).SingleAsync(cancellationToken);
        var link = links.Invitation(invited.Token);
        var portal = $"the {app.Value.VendorName} partner portal";
        outbox.Email(
            new EmailMessage(
                invited.Email,
                $"Your invitation to {portal}",
                $"You have been invited to {portal} as a member of {organization}.\n\n"
                + $"You sign in with this e-mail address: {invited.Email}\n\n"
                + $"Set your password here (the link works once and expires in 7 days):\n{link}\n",
                $"<p>You have been invited to {Html(portal)} as a member of <b>{Html(organization)}</b>.</p>"
                + $"<p>You sign in with this e-mail address: <b>{Html(invited.Email)}</b></p>"
                + $"<p><a href=\"{Html(link)}\">Set your password</a> (the link works once and expires in 7 days).</p>"),
            Topic,
            invited.PortalUserId);
        static string Html(string text) => WebUtility.HtmlEncode(text);
    }
}
