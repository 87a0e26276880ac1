using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Paging;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Messaging;

namespace PartnerPortal.Application.Features.OutboxMessages.ListOutboxMessages;

/// <summary>Outbox messages, newest first, optionally of one state (e.g. the dead ones an administrator may retry).</summary>
[Authorize(Roles = Permissions.RolesWith.Admin)]
public sealed record ListOutboxMessagesQuery(OutboxMessageState? State, int Page = 1, int PageSize = 50) : IQuery<Paged<OutboxMessageDto>>;

public sealed class ListOutboxMessagesHandler(IApplicationDbContext db) : IQueryHandler<ListOutboxMessagesQuery, Paged<OutboxMessageDto>>
{
    public async ValueTask<Paged<OutboxMessageDto>> Handle(ListOutboxMessagesQuery query, CancellationToken cancellationToken)
    {
        var messages = db.OutboxMessages.AsNoTracking();
        if (query.State is { } state)
        {
            messages = messages.Where(m => m.State == state);
        }

        return await messages.OrderByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id)
            .Select(OutboxMessageDto.Projection)
            .ToPagedAsync(query.Page, query.PageSize, cancellationToken);
    }
}
