using Mediator;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Application.Common.Behaviours;

public sealed class UnhandledExceptionBehaviour<TMessage, TResponse>(ILogger<TMessage> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        try
        {
            return await next(message, cancellationToken);
        }
        catch (Exception ex) when (ex is not (FluentValidation.ValidationException or Exceptions.NotFoundException
            or Exceptions.ForbiddenAccessException or Exceptions.BadRequestException or Domain.Common.DomainRuleException or OperationCanceledException))
        {
            logger.LogError(ex, "Request {Request} failed", typeof(TMessage).Name);
            throw;
        }
    }
}
