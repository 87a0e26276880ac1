using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.ExportMyOpportunities;

/// <summary>Your organization's opportunities with the portal list's stage filter and sort, unpaged, streamed for the CSV export (the back-office export's columns).</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record ExportMyOpportunitiesQuery(OpportunityStage? Stage = null, string? Sort = null) : IStreamQuery<OpportunityExportRow>, IPortalRequest;

public sealed class ExportMyOpportunitiesHandler(OpportunityReader reader) : IStreamQueryHandler<ExportMyOpportunitiesQuery, OpportunityExportRow>
{
    public async IAsyncEnumerable<OpportunityExportRow> Handle(ExportMyOpportunitiesQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(new OpportunityFilter(query.Stage), query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
