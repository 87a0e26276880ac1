using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using MimeKit;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;

namespace PartnerPortal.Infrastructure.Email;

public sealed class EmailOptions
{
    /// <summary><c>Outbox</c> writes .eml files to <see cref="OutboxFolder"/>; <c>Smtp</c> delivers through MailKit.</summary>
    public string Mode { get; set; } = "Outbox";

    public string OutboxFolder { get; set; } = "data/outbox";

    public string From { get; set; } = "PartnerPortal <no-reply@partnerportal.local>";

    public string Host { get; set; } = "localhost";

    public int Port { get; set; } = 25;

    /// <summary>None, Auto, SslOnConnect or StartTls (MailKit's SecureSocketOptions).</summary>
    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.Auto;

    public string? UserName { get; set; }

    public string? Password { get; set; }
}

/// <summary>One way to build the message; two ways to deliver it.</summary>
internal abstract class MimeEmailSender(IOptions<EmailOptions> options) : IEmailSender
{
    protected EmailOptions Options => options.Value;

    public async Task SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var mime = new MimeMessage();
        mime.From.Add(MailboxAddress.Parse(Options.From));
        mime.To.Add(MailboxAddress.Parse(message.To));
        mime.Subject = message.Subject;
        if (message.MessageId is not null)
        {
            mime.MessageId = message.MessageId;
        }

        mime.Body = new BodyBuilder { TextBody = message.Text, HtmlBody = message.Html }.ToMessageBody();
        try
        {
            await DeliverAsync(mime, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            throw new ServiceUnavailableException(ProblemCodes.EmailUnavailable, "The mail server did not take the e-mail.", ex);
        }
    }

    protected abstract Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken);
}

internal sealed class SmtpEmailSender(IOptions<EmailOptions> options) : MimeEmailSender(options)
{
    protected override async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        using var client = new SmtpClient();
        await client.ConnectAsync(Options.Host, Options.Port, Options.Security, cancellationToken);
        if (!string.IsNullOrEmpty(Options.UserName))
        {
            await client.AuthenticateAsync(Options.UserName, Options.Password ?? string.Empty, cancellationToken);
        }

        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>The embedded default: messages land as .eml files a newcomer can open, and no mail server is needed.</summary>
internal sealed class OutboxEmailSender(IOptions<EmailOptions> options, ILogger<OutboxEmailSender> logger) : MimeEmailSender(options)
{
    protected override async Task DeliverAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var folder = Path.GetFullPath(Options.OutboxFolder);
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, $"{DateTime.UtcNow:yyyyMMdd-HHmmss}-{Guid.NewGuid():N}.eml");
        await message.WriteToAsync(path, cancellationToken);
        logger.LogInformation("E-mail to {To} written to {Path}", message.To, path);
    }
}
