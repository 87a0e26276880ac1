using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using Mediator;
using Microsoft.EntityFrameworkCore;
using PartnerPortal.Application.Common.Exceptions;
using PartnerPortal.Application.Common.Interfaces;
using PartnerPortal.Domain.Common;
using PartnerPortal.Domain.Idempotency;

namespace PartnerPortal.Application.Common.Idempotency;

/// <summary>
/// One mechanism for every command that moves money. Runs inside the command's transaction (after
/// <c>TransactionBehaviour</c>): it claims the caller's key with the request's hash (a unique index on caller + key),
/// runs the command, and stores the response in the same transaction — the key is kept exactly when the effect is.
/// The same key again: with the same request it returns the first response without running the command again; with
/// another request it is 422 <c>idempotency_key_reused</c>. Of two concurrent requests with one key, the second waits
/// on the first's claim and then replays its response (409 <c>idempotency_key_in_progress</c> only if the first has
/// not finished). A failed command stores nothing: its key may be used again.
/// </summary>
public sealed class IdempotencyBehaviour<TMessage, TResponse>(IApplicationDbContext db, ICurrentUser user, TimeProvider clock)
    : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand, IIdempotentCommand
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    private static readonly PropertyInfo[] RequestProperties = [.. typeof(TMessage)
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.Name != nameof(IIdempotentCommand.IdempotencyKey) && p.GetIndexParameters().Length == 0)
        .OrderBy(p => p.Name, StringComparer.Ordinal)];

    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        var key = message.IdempotencyKey?.Trim();
        if (string.IsNullOrEmpty(key) || key.Length > IdempotencyRecord.MaxKeyLength || key.Any(c => c is < '!' or > '~'))
        {
            throw new BadRequestException(
                ProblemCodes.IdempotencyKeyRequired,
                $"This operation moves money: send an {IIdempotentCommand.Header} header (1–{IdempotencyRecord.MaxKeyLength} visible ASCII characters, e.g. a new UUID per user action).");
        }

        var caller = user.Id is { } id ? $"user:{id}" : user.ClientId is { } client ? $"client:{client}" : throw new UnauthorizedAccessException();
        var hash = Hash(message);
        if (await FindAsync(caller, key, cancellationToken) is { } earlier)
        {
            return Replay(earlier, hash);
        }

        var record = IdempotencyRecord.Claim(caller, key, hash, clock.GetUtcNow().UtcDateTime);
        db.IdempotencyRecords.Add(record);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DomainRuleException e) when (e.Code == ProblemCodes.IdempotencyKeyInProgress)
        {
            // Another request claimed the key first and has committed (its claim blocked ours until then): answer as it did.
            db.ChangeTracker.Clear();
            var winner = await FindAsync(caller, key, cancellationToken);
            if (winner is null)
            {
                throw;
            }

            return Replay(winner, hash);
        }

        var response = await next(message, cancellationToken);
        var body = JsonSerializer.Serialize(response, Json);
        var status = message.SuccessStatus;
        await db.IdempotencyRecords.Where(r => r.Id == record.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResponseStatus, status).SetProperty(r => r.ResponseBody, body), cancellationToken);
        return response;
    }

    /// <summary>SHA-256 of the operation (the request type: method and route template) and every field it carries, route values included, in a fixed order.</summary>
    public static string Hash(TMessage message)
    {
        var canonical = new StringBuilder(typeof(TMessage).FullName);
        foreach (var property in RequestProperties)
        {
            canonical.Append('\n').Append(property.Name).Append('=').Append(JsonSerializer.Serialize(property.GetValue(message), property.PropertyType, Json));
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString())));
    }

    private Task<IdempotencyRecord?> FindAsync(string caller, string key, CancellationToken cancellationToken) =>
        db.IdempotencyRecords.AsNoTracking().FirstOrDefaultAsync(r => r.Caller == caller && r.Key == key, cancellationToken);

    private static TResponse Replay(IdempotencyRecord record, string hash)
    {
        if (record.RequestHash != hash)
        {
            throw new DomainRuleException(
                ProblemCodes.IdempotencyKeyReused, "This Idempotency-Key was used for another request; send a new key for a new operation.");
        }

        if (record.ResponseBody is null)
        {
            throw new DomainRuleException(
                ProblemCodes.IdempotencyKeyInProgress, "A request with this Idempotency-Key is still running; try again in a moment.", isConflict: true);
        }

        return JsonSerializer.Deserialize<TResponse>(record.ResponseBody, Json)!;
    }
}
