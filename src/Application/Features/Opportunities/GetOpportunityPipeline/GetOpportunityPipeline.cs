using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Opportunities.GetOpportunityPipeline;

/// <summary>
/// The back-office pipeline: per stage (in stage order, every stage present) the number of opportunities and their total
/// amount in minor units, with the list's filters, computed by one grouped query in the database.
/// </summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record GetOpportunityPipelineQuery(OpportunityFilter Filter) : IQuery<IReadOnlyList<PipelineStageDto>>;

public sealed class GetOpportunityPipelineHandler(OpportunityReader reader) : IQueryHandler<GetOpportunityPipelineQuery, IReadOnlyList<PipelineStageDto>>
{
    public async ValueTask<IReadOnlyList<PipelineStageDto>> Handle(GetOpportunityPipelineQuery query, CancellationToken cancellationToken) =>
        await reader.PipelineAsync(query.Filter, cancellationToken);
}
