using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Opportunities.GetMyOpportunity;

/// <summary>An opportunity of your organization with its history; 404 for any other.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyOpportunityQuery(Guid Id) : IQuery<OpportunityDto>, IPortalRequest;

public sealed class GetMyOpportunityHandler(OpportunityReader reader) : IQueryHandler<GetMyOpportunityQuery, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(GetMyOpportunityQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
