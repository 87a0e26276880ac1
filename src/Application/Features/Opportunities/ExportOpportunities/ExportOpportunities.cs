using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Opportunities.ExportOpportunities;

/// <summary>Every opportunity of the list with the same filter and sort (<see cref="ListOpportunities.ListOpportunitiesQuery"/>), unpaged, streamed for the CSV export.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ExportOpportunitiesQuery(OpportunityFilter Filter, string? Sort = null) : IStreamQuery<OpportunityExportRow>;

public sealed class ExportOpportunitiesHandler(OpportunityReader reader) : IStreamQueryHandler<ExportOpportunitiesQuery, OpportunityExportRow>
{
    public async IAsyncEnumerable<OpportunityExportRow> Handle(ExportOpportunitiesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(query.Filter, query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
