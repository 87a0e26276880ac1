using System.Linq.Expressions;
using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Application.Features.OutboxMessages;

public sealed record OutboxMessageDto(
    Guid Id, string Type, string? Topic, Guid? SubjectId, string Summary, OutboxMessageState State, int Attempts, DateTime CreatedAt,
    DateTime NextAttemptAt, DateTime? SentAt, string? LastError)
{
    public static readonly Expression<Func<OutboxMessage, OutboxMessageDto>> Projection = m => new OutboxMessageDto(
        m.Id, m.Type, m.Topic, m.SubjectId, m.Summary, m.State, m.Attempts, m.CreatedAt, m.NextAttemptAt, m.SentAt, m.LastError);
}
