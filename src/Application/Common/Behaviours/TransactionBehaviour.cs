using Mediator;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Common.Behaviours;

/// <summary>
/// A command that writes no application data and calls a component keeping its own store (the scheduler): a
/// transaction of ours around it would only hold locks that component waits for (on SQLite, the database's one writer).
/// </summary>
public interface IOutsideTransaction;

/// <summary>Commands run in one database transaction: all their writes land, or none do.</summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IApplicationDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null || message is IOutsideTransaction)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
