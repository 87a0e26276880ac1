using System.Text.Json;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Persistence;
using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Application.Common.Messaging;

/// <summary>The kinds of outbox message and so the deliverer of each.</summary>
public static class OutboxMessageTypes
{
    public const string Email = "email";

    /// <summary>Work for the application itself after the commit (e.g. a tier evaluation), run by its own deliverer.</summary>
    public const string TierEvaluation = "tier-evaluation";
}

/// <summary>
/// Writes side effects as outbox messages into the current unit of work: they are saved with the change that caused
/// them and delivered after the commit by the dispatcher, never before.
/// </summary>
public sealed class Outbox(IApplicationDbContext db, TimeProvider clock)
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Queues an e-mail about <paramref name="topic"/> of record <paramref name="subjectId"/> (e.g. the invitation of a portal user).</summary>
    public OutboxMessage Email(EmailMessage message, string topic, Guid? subjectId)
    {
        var outboxMessage = OutboxMessage.Create(
            OutboxMessageTypes.Email, topic, subjectId, $"{message.To}: {message.Subject}", JsonSerializer.Serialize(message, Json),
            clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(outboxMessage);
        return outboxMessage;
    }

    /// <summary>
    /// Queues work of <paramref name="type"/> about <paramref name="subjectId"/>, once per unit of work: a second request
    /// for the same type and subject before the save is the first one.
    /// </summary>
    public OutboxMessage Work(string type, string topic, Guid subjectId, string summary, object payload)
    {
        var queued = db.OutboxMessages.Tracked(db).FirstOrDefault(m => m.Type == type && m.SubjectId == subjectId && m.Attempts == 0);
        if (queued is not null)
        {
            return queued;
        }

        var outboxMessage = OutboxMessage.Create(type, topic, subjectId, summary, JsonSerializer.Serialize(payload, Json), clock.GetUtcNow().UtcDateTime);
        db.OutboxMessages.Add(outboxMessage);
        return outboxMessage;
    }
}
