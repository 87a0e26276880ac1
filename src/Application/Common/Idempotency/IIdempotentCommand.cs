
namespace PartnerPortal.Application.Common.Idempotency;

/// <summary>
/// A command that moves money: it needs the caller's <c>Idempotency-Key</c> (the endpoint copies the header into
/// <see cref="IdempotencyKey"/>) and runs at most once per key and caller (see <see cref="IdempotencyBehaviour{TMessage, TResponse}"/>).
/// </summary>
public interface IIdempotentCommand
{
    /// <summary>The request header that carries the key.</summary>
    public const string Header = "Idempotency-Key";

    string? IdempotencyKey { get; }

    /// <summary>The HTTP status the endpoint answers a success with (stored with the response, returned again on a repeat).</summary>
    int SuccessStatus => 201;
}
