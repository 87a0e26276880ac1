namespace PartnerPortal.Domain.Idempotency;

/// <summary>
/// One <c>Idempotency-Key</c> a caller used: the hash of the request it came with and, once the command succeeded, the
/// response it got. Written in the command's own transaction, so a key is stored exactly when its effect is; a unique
/// index on (caller, key) lets only one of two concurrent requests with the same key through.
/// </summary>
public sealed class IdempotencyRecord
{
    public const int MaxKeyLength = 100;

    private IdempotencyRecord()
    {
        Caller = string.Empty;
        Key = string.Empty;
        RequestHash = string.Empty;
    }

    public Guid Id { get; private set; }

    /// <summary>Who used the key: <c>user:&lt;id&gt;</c> or <c>client:&lt;client id&gt;</c>; keys of different callers never meet.</summary>
    public string Caller { get; private set; }

    public string Key { get; private set; }

    /// <summary>SHA-256 (hex) of the request: its operation and canonical body.</summary>
    public string RequestHash { get; private set; }

    public int? ResponseStatus { get; private set; }

    /// <summary>The JSON body of the first response, returned again for a repeated request.</summary>
    public string? ResponseBody { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsComplete => ResponseStatus is not null;

    public static IdempotencyRecord Claim(string caller, string key, string requestHash, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), Caller = caller, Key = key, RequestHash = requestHash, CreatedAt = now,
    };
}
