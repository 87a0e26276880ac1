using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Partnerships.ExportPartnerships;

/// <summary>
/// Every partnership of the list with the same filter and sort (<see cref="ListPartnerships.ListPartnershipsQuery"/>),
/// unpaged, streamed row by row for the CSV export. Same roles and scopes as the list.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.PartnersRead)]
public sealed record ExportPartnershipsQuery(PartnershipFilter Filter, string? Sort = null) : IStreamQuery<PartnershipExportRow>;

public sealed class ExportPartnershipsHandler(PartnershipReader reader) : IStreamQueryHandler<ExportPartnershipsQuery, PartnershipExportRow>
{
    public async IAsyncEnumerable<PartnershipExportRow> Handle(
        ExportPartnershipsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(query.Filter, query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
