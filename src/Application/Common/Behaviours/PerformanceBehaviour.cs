using System.Diagnostics;
using Mediator;
using Microsoft.Extensions.Logging;

namespace PartnerPortal.Application.Common.Behaviours;

public sealed class PerformanceBehaviour<TMessage, TResponse>(ILogger<TMessage> logger) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    private const int WarnAfterMilliseconds = 500;

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var response = await next(message, cancellationToken);
        var elapsed = Stopwatch.GetElapsedTime(started);
        if (elapsed.TotalMilliseconds > WarnAfterMilliseconds)
        {
            logger.LogWarning("Slow request {Request}: {Elapsed} ms", typeof(TMessage).Name, (int)elapsed.TotalMilliseconds);
        }

        return response;
    }
}
