using Mediator;
using PartnerPortal.Application.Common.Security;
using PartnerPortal.Domain.Opportunities;

namespace PartnerPortal.Application.Features.Opportunities.GetMyOpportunityPipeline;

/// <summary>Your organization's pipeline: per stage the number of your opportunities and their total, with the portal list's stage filter.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyOpportunityPipelineQuery(OpportunityStage? Stage = null) : IQuery<IReadOnlyList<PipelineStageDto>>, IPortalRequest;

public sealed class GetMyOpportunityPipelineHandler(OpportunityReader reader) : IQueryHandler<GetMyOpportunityPipelineQuery, IReadOnlyList<PipelineStageDto>>
{
    public async ValueTask<IReadOnlyList<PipelineStageDto>> Handle(GetMyOpportunityPipelineQuery query, CancellationToken cancellationToken) =>
        await reader.PipelineAsync(new OpportunityFilter(query.Stage), cancellationToken);
}
