using System.Reflection;
using Mediator;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Common.Behaviours;

public sealed class AuthorizationBehaviour<TMessage, TResponse>(ICurrentUser user) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private static readonly AuthorizeAttribute[] Requirements = [.. typeof(TMessage).GetCustomAttributes<AuthorizeAttribute>()];

    public ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (Requirements.Length > 0)
        {
            if (!user.IsAuthenticated)
            {
                throw new UnauthorizedAccessException();
            }

            foreach (var requirement in Requirements.Where(r => r.Roles.Length > 0 || r.Scopes.Length > 0))
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

        return next(message, cancellationToken);
    }

    private static string[] Split(string list) => list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
