using Mediator;
using PartnerPortal.Application.Common.Interfaces;

namespace PartnerPortal.Application.Common.Behaviours;

/// <summary>Commands run in one database transaction: all their writes land, or none do.</summary>
public sealed class TransactionBehaviour<TMessage, TResponse>(IApplicationDbContext db) : IPipelineBehavior<TMessage, TResponse>
    where TMessage : IBaseCommand
{
    public async ValueTask<TResponse> Handle(TMessage message, MessageHandlerDelegate<TMessage, TResponse> next, CancellationToken cancellationToken)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return await next(message, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var response = await next(message, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return response;
    }
}
