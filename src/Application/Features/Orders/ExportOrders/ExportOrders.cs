using System.Runtime.CompilerServices;
using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Orders.ExportOrders;

/// <summary>Every order of the list with the same filter and sort (<see cref="ListOrders.ListOrdersQuery"/>), unpaged, streamed for the CSV export.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record ExportOrdersQuery(OrderFilter Filter, string? Sort = null) : IStreamQuery<OrderExportRow>;

public sealed class ExportOrdersHandler(OrderReader reader) : IStreamQueryHandler<ExportOrdersQuery, OrderExportRow>
{
    public async IAsyncEnumerable<OrderExportRow> Handle(ExportOrdersQuery query, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await foreach (var row in reader.Export(query.Filter, query.Sort).WithCancellation(cancellationToken))
        {
            yield return row;
        }
    }
}
