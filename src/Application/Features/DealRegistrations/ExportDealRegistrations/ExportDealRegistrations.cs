using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.DealRegistrations.ExportDealRegistrations;

/// <summary>Every registration of the queue with the same filter and sort, unpaged, streamed for the CSV export.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ExportDealRegistrationsQuery(DealRegistrationFilter Filter, string? Sort = null) : IStreamQuery<DealRegistrationExportRow>;

public sealed class ExportDealRegistrationsHandler(DealRegistrationReader reader) : IStreamQueryHandler<ExportDealRegistrationsQuery, DealRegistrationExportRow>
{
    public async IAsyncEnumerable<DealRegistrationExportRow> Handle(ExportDealRegistrationsQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(query.Filter, query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
