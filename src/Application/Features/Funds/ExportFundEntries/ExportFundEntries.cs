using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Funds.ExportFundEntries;

/// <summary>
/// Every operation of the list with the same filter and sort (<see cref="ListFundEntries.ListFundEntriesQuery"/>),
/// unpaged, streamed row by row for the CSV export. Same roles and scopes as the list.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.FundsRead, Scopes = Scopes.FundsRead)]
public sealed record ExportFundEntriesQuery(FundEntryFilter Filter, string? Sort = null) : IStreamQuery<FundEntryExportRow>;

public sealed class ExportFundEntriesHandler(FundReader reader) : IStreamQueryHandler<ExportFundEntriesQuery, FundEntryExportRow>
{
    public async IAsyncEnumerable<FundEntryExportRow> Handle(ExportFundEntriesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(query.Filter, query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
