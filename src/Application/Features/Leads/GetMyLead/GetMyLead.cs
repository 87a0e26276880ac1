using Mediator;
using PartnerPortal.Application.Common.Security;

namespace PartnerPortal.Application.Features.Leads.GetMyLead;

/// <summary>A lead your organization holds or has an open offer for, with your offers and its history; 404 otherwise.</summary>
[Authorize(Roles = Roles.PortalUser)]
public sealed record GetMyLeadQuery(Guid Id) : IQuery<LeadDto>, IPortalRequest;

public sealed class GetMyLeadHandler(LeadReader reader) : IQueryHandler<GetMyLeadQuery, LeadDto>
{
    public async ValueTask<LeadDto> Handle(GetMyLeadQuery query, CancellationToken cancellationToken) => await reader.GetAsync(query.Id, cancellationToken);
}
