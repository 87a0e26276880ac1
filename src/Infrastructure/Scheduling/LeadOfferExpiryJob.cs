using PartnerPortal.Application.Features.Leads;
using Quartz;

namespace PartnerPortal.Infrastructure.Scheduling;

/// <summary>
/// Expires lead offers past their deadline and re-offers their leads (W5), and reminds partners of offers near theirs. One run at a time across all instances
/// (clustered store on PostgreSQL/SQL Server, no concurrent execution); each lead is saved on its own.
/// </summary>
[DisallowConcurrentExecution]
public sealed class LeadOfferExpiryJob(LeadOfferExpiry expiry) : IJob
{
    public const string Name = "lead-offer-expiry";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var expired = await expiry.ExpireDueAsync(cancellationToken);
        var reminded = await expiry.RemindDueAsync(cancellationToken);
        context.Result = $"{expired} offer(s) expired, {reminded} reminded";
    }
}
