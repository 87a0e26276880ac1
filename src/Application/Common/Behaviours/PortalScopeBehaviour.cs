using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Common.Behaviours;

/// <summary>
/// Confines every request of a portal user to their partner account (see <see cref="PartnerScope"/>): the scope is
/// read from the stored portal user on each request, so deactivating or moving a user takes effect at once.
/// Portal requests from anyone else are refused.
/// </summary>
public sealed class PortalScopeBehaviour<TMessage, TResponse>(ICurrentUser user, PartnerScope scope, IApplicationDbContext db)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await PortalScopeEntry.EnterAsync(message, user, scope, db, cancellationToken);
        return await next(message, cancellationToken);
    }
}

/// <summary>The same confinement for stream requests (exports): a portal user's export reads only their partner's rows.</summary>
public sealed class StreamPortalScopeBehaviour<TMessage, TResponse>(ICurrentUser user, PartnerScope scope, IApplicationDbContext db)
    : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : IStreamMessage
{
    public IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        StreamPipeline.Before(async () => await PortalScopeEntry.EnterAsync(message, user, scope, db, cancellationToken), message, next, cancellationToken);
}

internal static class PortalScopeEntry
{
    public static async Task EnterAsync(object message, ICurrentUser user, PartnerScope scope, IApplicationDbContext db, CancellationToken cancellationToken)
    {
        if (!scope.IsPortal && user.IsInRole(Roles.PortalUser) && user.Id is { } userId)
        {
            var membership = await (
                    from u in db.PortalUsers.IgnoreQueryFilters()
                    join o in db.PortalOrganizations.IgnoreQueryFilters() on u.OrganizationId equals o.Id
                    where u.Id == userId && u.IsActive && o.IsInPartnerPortalUsersRole
                    select new { o.AccountId, u.OrganizationId, u.IsOrganizationAdmin })
                .FirstOrDefaultAsync(cancellationToken)
                ?? throw new ForbiddenAccessException("Your portal access has ended.");
            scope.Enter(membership.AccountId, membership.OrganizationId, userId, membership.IsOrganizationAdmin);
        }

        if (message is IPortalRequest && !scope.IsPortal)
        {
            throw new ForbiddenAccessException("This is for partner portal users.");
        }
    }
}
