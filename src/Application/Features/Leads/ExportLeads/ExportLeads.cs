using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.ExportLeads;

/// <summary>Every lead of the list with the same filter and sort (<see cref="ListLeads.ListLeadsQuery"/>), unpaged, streamed for the CSV export.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ExportLeadsQuery(LeadFilter Filter, string? Sort = null) : IStreamQuery<LeadExportRow>;

public sealed class ExportLeadsHandler(LeadReader reader) : IStreamQueryHandler<ExportLeadsQuery, LeadExportRow>
{
    public async IAsyncEnumerable<LeadExportRow> Handle(ExportLeadsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(query.Filter, query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
