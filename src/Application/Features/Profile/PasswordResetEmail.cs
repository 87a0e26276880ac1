using System.Net;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;

namespace PartnerPortal.Application.Features.Profile;

/// <summary>
/// Writes the password-reset e-mail to the outbox in the request's unit of work, like the invitation e-mail: it
/// leaves after the commit and is retried by the dispatcher. The link is single use (the reset renews the login's
/// security stamp, which the token is bound to) and expires after <see cref="LifetimeText"/>.
/// </summary>
public sealed class PasswordResetEmail(Outbox outbox, IAppLinks links, IOptions<AppOptions> app)
{
    public const string Topic = "password-reset";
    public const string LifetimeText = "2 hours";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(2);

    public void Queue(PasswordResetTicket ticket)
    {
        var link = links.PasswordReset(ticket.Token, ticket.Email);
        var portal = $"the {app.Value.VendorName} partner portal";
        outbox.Email(
            new EmailMessage(
                ticket.Email,
                $"Reset your password for {portal}",
                $"Someone asked to reset the password of {ticket.Email} on {portal}.\n\n"
                + $"Set a new password here (the link works once and expires in {LifetimeText}):\n{link}\n\n"
                + "If you did not ask for this, ignore this e-mail; your password stays as it is.\n",
                $"<p>Someone asked to reset the password of <b>{Html(ticket.Email)}</b> on {Html(portal)}.</p>"
                + $"<p><a href=\"{Html(link)}\">Set a new password</a> (the link works once and expires in {LifetimeText}).</p>"
                + "<p>If you did not ask for this, ignore this e-mail; your password stays as it is.</p>"),
            Topic,
            ticket.UserId);
    }

    private static string Html(string text) => WebUtility.HtmlEncode(text);
}
