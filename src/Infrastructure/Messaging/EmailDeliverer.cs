using System.Text.Json;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Messaging;
using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Infrastructure.Messaging;

internal sealed class EmailDeliverer(IEmailSender sender) : IOutboxDeliverer
{
    public string Type => OutboxMessageTypes.Email;

    public async Task DeliverAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var email = JsonSerializer.Deserialize<EmailMessage>(message.Payload, Outbox.Json)
            ?? throw new InvalidOperationException("The outbox message holds no e-mail.");

        // The same Message-ID on every attempt: a message delivered twice after a crash is recognisably one message.
        await sender.SendAsync(email with { MessageId = $"{message.Id:N}@partnerportal" }, cancellationToken);
    }
}
