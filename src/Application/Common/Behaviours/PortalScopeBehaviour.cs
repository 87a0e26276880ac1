using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Common.Behaviours;

/// <summary>
/// Confines every request of a portal user to their partner account (see <see cref="PartnerScope"/>). The scope is
/// entered when the session is checked (the Api's SessionValidator, on every request, from the stored portal user in the
/// same query as the session), so deactivating or moving a user takes effect at once. A portal user without a scope has
/// no active membership: refused. Portal requests from anyone else are refused too.
/// </summary>
public sealed class PortalScopeBehaviour<TMessage, TResponse>(ICurrentUser user, PartnerScope scope)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        PortalScopeEntry.Demand(message, user, scope);
        return next(message, cancellationToken);
    }
}

/// <summary>The same confinement for stream requests (exports): a portal user's export reads only their partner's rows.</summary>
public sealed class StreamPortalScopeBehaviour<TMessage, TResponse>(ICurrentUser user, PartnerScope scope)
    : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : IStreamMessage
{
    public IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        StreamPipeline.Before(() => { PortalScopeEntry.Demand(message, user, scope); return ValueTask.CompletedTask; }, message, next, cancellationToken);
}

internal static class PortalScopeEntry
{
    public static void Demand(object message, ICurrentUser user, PartnerScope scope)
    {
        if (!scope.IsPortal && user.IsInRole(Roles.PortalUser))
        {
            throw new ForbiddenAccessException("Your portal access has ended.");
        }

        if (message is IPortalRequest && !scope.IsPortal)
        {
            throw new ForbiddenAccessException("This is for partner portal users.");
        }
    }
}
