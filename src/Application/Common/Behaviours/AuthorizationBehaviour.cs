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

            foreach (var requirement in Requirements.Where(r => r.Roles.Length > 0))
            {
                var roles = requirement.Roles.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                if (!roles.Any(user.IsInRole))
                {
                    throw new ForbiddenAccessException($"This needs one of the roles: {string.Join(", ", roles)}.");
                }
            }
        }

        return next(message, cancellationToken);
    }
}
