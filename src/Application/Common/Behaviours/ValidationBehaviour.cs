using FluentValidation;
using Mediator;

namespace PartnerPortal.Application.Common.Behaviours;

public sealed class ValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IMessage
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        await RequestValidation.ValidateAsync(message, validators, cancellationToken);
        return await next(message, cancellationToken);
    }
}

/// <summary>The same validation for stream requests (exports): an invalid filter is a 400 before anything is read.</summary>
public sealed class StreamValidationBehaviour<TMessage, TResponse>(IEnumerable<IValidator<TMessage>> validators)
    : IStreamPipelineBehavior<TMessage, TResponse>
    where TMessage : IStreamMessage
{
    public IAsyncEnumerable<TResponse> Handle(TMessage message, StreamHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken) =>
        StreamPipeline.Before(async () => await RequestValidation.ValidateAsync(message, validators, cancellationToken), message, next, cancellationToken);
}

internal static class RequestValidation
{
    public static async Task ValidateAsync<TMessage>(TMessage message, IEnumerable<IValidator<TMessage>> validators, CancellationToken cancellationToken)
    {
        // Text input rule first: one mechanism for every string of every request (see TextInput).
        var failures = new List<FluentValidation.Results.ValidationFailure>(Validation.TextInput.Failures(message));
        foreach (var validator in validators)
        {
            var result = await validator.ValidateAsync(new ValidationContext<TMessage>(message), cancellationToken);
            failures.AddRange(result.Errors);
        }

        if (failures.Count > 0)
        {
            throw new ValidationException(failures);
        }
    }
}
