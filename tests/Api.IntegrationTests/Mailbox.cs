using System.Text.RegularExpressions;
using MimeKit;

namespace PartnerPortal.Api.IntegrationTests;

/// <summary>
/// Reads the e-mails the API sent. Under test.sh a real SMTP server process (aiosmtpd) receives them over SMTP and
/// stores them in a Maildir (<c>PARTNERPORTAL_TEST_SMTP_PORT</c>, <c>PARTNERPORTAL_TEST_MAILDIR</c>); without it, the
/// API writes them to an outbox folder. Both hold raw RFC 5322 messages.
/// </summary>
public sealed partial class Mailbox
{
    private Mailbox(string folder, IReadOnlyDictionary<string, string> settings, bool overSmtp)
    {
        Folder = folder;
        Settings = settings;
        OverSmtp = overSmtp;
    }

    public string Folder { get; }

    public IReadOnlyDictionary<string, string> Settings { get; }

    public bool OverSmtp { get; }

    public static Mailbox ForTests(bool forceOutbox = false)
    {
        var port = Environment.GetEnvironmentVariable("PARTNERPORTAL_TEST_SMTP_PORT");
        var maildir = Environment.GetEnvironmentVariable("PARTNERPORTAL_TEST_MAILDIR");
        if (!forceOutbox && !string.IsNullOrEmpty(port) && !string.IsNullOrEmpty(maildir))
        {
            return new Mailbox(Path.Combine(maildir, "new"), new Dictionary<string, string>
            {
                ["Email:Mode"] = "Smtp", ["Email:Host"] = "127.0.0.1", ["Email:Port"] = port, ["Email:Security"] = "None",
            }, overSmtp: true);
        }

        var outbox = Directory.CreateTempSubdirectory("pp-outbox-").FullName;
        return new Mailbox(outbox, new Dictionary<string, string> { ["Email:Mode"] = "Outbox", ["Email:OutboxFolder"] = outbox }, overSmtp: false);
    }

    /// <summary>The newest message to <paramref name="to"/> whose subject contains <paramref name="subject"/>, waiting up to 10 s.</summary>
    public async Task<MimeMessage> WaitFor(string to, string subject)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var found = Directory.Exists(Folder)
                ? new DirectoryInfo(Folder).GetFiles().OrderByDescending(f => f.LastWriteTimeUtc).ThenByDescending(f => f.Name).Select(f => TryLoad(f.FullName))
                    .FirstOrDefault(m => m?.Subject is not null && m.Subject.Contains(subject, StringComparison.Ordinal)
                        && m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
                : null;
            if (found is not null)
            {
                return found;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} about \"{subject}\" arrived in {Folder}.");
    }

    /// <summary>The newest message to <paramref name="to"/>, waiting up to 10 s for it to arrive.</summary>
    public async Task<MimeMessage> WaitFor(string to, int atLeast = 1)
    {
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var messages = Directory.Exists(Folder)
                ? new DirectoryInfo(Folder).GetFiles().OrderBy(f => f.LastWriteTimeUtc).ThenBy(f => f.Name).Select(f => TryLoad(f.FullName))
                    .Where(m => m is not null && m.To.Mailboxes.Any(a => string.Equals(a.Address, to, StringComparison.OrdinalIgnoreCase)))
                    .Select(m => m!)
                    .ToList()
                : [];
            if (messages.Count >= atLeast)
            {
                return messages[^1];
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No e-mail to {to} arrived in {Folder}.");
    }

    // A message the API is still writing (another test's, in the same folder) is read on the next round.
    private static MimeMessage? TryLoad(string path)
    {
        try
        {
            return MimeMessage.Load(path);
        }
        catch (IOException)
        {
            return null;
        }
    }

    public static string InvitationToken(MimeMessage message) =>
        InvitationLink().Match(message.TextBody ?? string.Empty) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException("The e-mail holds no invitation link.");

    /// <summary>The path and query of the password-reset link in <paramref name="message"/>.</summary>
    public static string ResetLink(MimeMessage message) =>
        ResetLinkPattern().Match(message.TextBody ?? string.Empty) is { Success: true } match
            ? match.Value
            : throw new InvalidOperationException("The e-mail holds no password-reset link.");

    /// <summary>The secret of the act-from-e-mail link labelled <paramref name="label"/> ("Accept", "Decline") in <paramref name="message"/>.</summary>
    public static string ActionToken(MimeMessage message, string label) =>
        Regex.Match(message.TextBody ?? string.Empty, $@"^{Regex.Escape(label)}: \S*/email-action/([A-Za-z0-9_\-]+)$", RegexOptions.Multiline) is { Success: true } match
            ? match.Groups[1].Value
            : throw new InvalidOperationException($"The e-mail holds no {label} link.");

    [GeneratedRegex(@"/invitation/([A-Za-z0-9_\-]+)")]
    private static partial Regex InvitationLink();

    [GeneratedRegex(@"/reset-password/[A-Za-z0-9_\-%]+\?email=[^\s]+")]
    private static partial Regex ResetLinkPattern();
}
