using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Opportunities.GetOpportunity;

/// <summary>An opportunity with its history (stage and field changes), newest first.</summary>
[Authorize(Roles = Permissions.RolesWith.PartnersRead, Scopes = Scopes.SalesRead)]
public sealed record GetOpportunityQuery(Guid Id) : IQuery<OpportunityDto>;

public sealed class GetOpportunityHandler(OpportunityReader reader) : IQueryHandler<GetOpportunityQuery, OpportunityDto>
{
    public async ValueTask<OpportunityDto> Handle(GetOpportunityQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
