using System.Runtime.CompilerServices;
using Mediator;

namespace PartnerPortal.Application.Common.Behaviours;

/// <summary>
/// Runs a stream request's checks (authorization, partner scope, validation) when its first item is asked for, before
/// the handler reads anything: a caller that reads the first item before it answers (the CSV export) still answers a
/// refused request with its problem (401/403/400) instead of a half-written file.
/// </summary>
internal static class StreamPipeline
{
    public static async IAsyncEnumerable<TResponse> Before<TMessage, TResponse>(
        Func<ValueTask> check, TMessage message, StreamHandlerDelegate<TMessage, TResponse> next,
        [EnumeratorCancellation] CancellationToken cancellationToken)
        where TMessage : IStreamMessage
    {
        await check();
        await foreach (var item in next(message, cancellationToken).WithCancellation(cancellationToken))
        {
            yield return item;
        }
    }
}
