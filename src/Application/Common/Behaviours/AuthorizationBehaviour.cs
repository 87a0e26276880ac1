using System.Reflection;
using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        RequestAuthorization.Demand<TMessage>(user);
        return next(message, cancellationToken);
    }
}

/// <summary>The same check for stream requests (exports): made before the first item is read.</summary>
public sealed class StreamAuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : IStreamMessage
{
    public IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        StreamPipeline.Before(() => { RequestAuthorization.Demand<TMessage>(user); return ValueTask.CompletedTask; }, message, next, cancellationToken);
}

/// <summary>The request's <see cref="AuthorizeAttribute"/>s against the current user: 401 when anonymous, 403 without a role or scope.</summary>
internal static class RequestAuthorization
{
    public static void Demand<TMessage>(ICurrentUser user)
    {
        var requirements = Requirements<TMessage>.All;
        if (requirements.Length == 0)
        {
            return;
        }

        if (!user.IsAuthenticated)
        {
            throw new UnauthorizedAccessException();
        }

        foreach (var requirement in requirements.Where(r => r.Roles.Length > 0 || r.Scopes.Length > 0))
        {
            var roles = Split(requirement.Roles);
            var scopes = Split(requirement.Scopes);
            if (!roles.Any(user.IsInRole) && !scopes.Any(user.HasScope))
            {
                throw new ForbiddenAccessException(
                    $"This needs one of the roles {string.Join(", ", roles)}{(scopes.Length > 0 ? $" or one of the scopes {string.Join(", ", scopes)}" : "")}.");
            }
        }
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static class Requirements<TMessage>
    {
        public static readonly AuthorizeAttribute[] All = [.. typeof(TMessage).GetCustomAttributes<AuthorizeAttribute>()];
    }
}
