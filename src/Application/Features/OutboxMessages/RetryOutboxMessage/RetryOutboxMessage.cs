using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.OutboxMessages.RetryOutboxMessage;

/// <summary>Sends a message that gave up (dead) again, with a fresh set of attempts.</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record RetryOutboxMessageCommand(Guid Id) : ICommand<OutboxMessageDto>;

public sealed class RetryOutboxMessageHandler(IApplicationDbContext db, TimeProvider clock) : ICommandHandler<RetryOutboxMessageCommand, OutboxMessageDto>
{
    public async ValueTask<OutboxMessageDto> Handle(RetryOutboxMessageCommand command, CancellationToken cancellationToken)
    {
        var message = await db.OutboxMessages.Where(m => m.Id == command.Id).FirstOr404Async("Outbox message", command.Id, cancellationToken);
        message.Retry(clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(cancellationToken);
        return await db.OutboxMessages.AsNoTracking().Where(m => m.Id == message.Id).Select(OutboxMessageDto.Projection).SingleAsync(cancellationToken);
    }
}
