using System.Net;
using Microsoft.Extensions.Options;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Domain.Notifications;

namespace PartnerPortal.Application.Features.Notifications;

/// <summary>Someone a notice goes to: a user (employee or portal user), their address, and their partner account (null for an employee).</summary>
public sealed record Recipient(Guid UserId, string Email, Guid? AccountId)
{
    public static Recipient Employee(EmployeeDto employee) => new(employee.Id, employee.Email, null);
}

/// <summary>
/// What happened, as a person reads it: a title, a text (paragraphs separated by a blank line) and the page of the app
/// it concerns (a path such as <c>/portal/leads/{id}</c>). <see cref="Topic"/> and <see cref="SubjectId"/> name the record.
/// </summary>
public sealed record Notice(string Topic, Guid? SubjectId, string Title, string Text, string? Link, string LinkLabel);

/// <summary>
/// D12, one mechanism for telling people: every notice becomes an in-app notification (the bell) and an e-mail through
/// the outbox, both in the unit of work of the change that caused it, so a failed change tells no one and the e-mail
/// leaves only after the commit.
/// </summary>
public sealed class Notifier(IApplicationDbContext db, Outbox outbox, TimeProvider clock, IOptions<AppOptions> app)
{
    public void Send(IEnumerable<Recipient> recipients, Notice notice)
    {
        foreach (var recipient in recipients)
        {
            Send(recipient, notice, [], []);
        }
    }

    /// <summary>
    /// Tells one recipient, with extra e-mail-only actions (<paramref name="emailActions"/>: label and absolute URL,
    /// e.g. the act-from-e-mail links that are the recipient's alone) and extra paragraphs for the e-mail.
    /// </summary>
    public void Send(Recipient recipient, Notice notice, IReadOnlyList<(string Label, string Url)> emailActions, IReadOnlyList<string> emailParagraphs)
    {
        db.Notifications.Add(Notification.Create(
            recipient.UserId, recipient.AccountId, notice.Topic, notice.SubjectId, notice.Title, notice.Text, notice.Link, clock.GetUtcNow().UtcDateTime));

        var links = emailActions.ToList();
        if (notice.Link is { } link)
        {
            links.Add((notice.LinkLabel, Url(link)));
        }

        var paragraphs = notice.Text.Split("\n\n").Concat(emailParagraphs).ToList();
        var text = string.Join("\n\n", paragraphs) + "\n\n" + string.Join("\n", links.Select(l => $"{l.Label}: {l.Url}")) + "\n";
        var html = string.Concat(paragraphs.Select(p => $"<p>{Html(p).Replace("\n", "<br>", StringComparison.Ordinal)}</p>"))
            + "<p>" + string.Join(" &nbsp; ", links.Select(l => $"<a href=\"{Html(l.Url)}\">{Html(l.Label)}</a>")) + "</p>";
        outbox.Email(new EmailMessage(recipient.Email, notice.Title, text, html), notice.Topic, notice.SubjectId);
    }

    /// <summary>An absolute URL of a path of the app, on the configured public origin (never the request's host).</summary>
    public string Url(string path) => $"{app.Value.PublicUrl?.TrimEnd('/')}{path}";

    private static string Html(string value) => WebUtility.HtmlEncode(value);
}
